package io.voicecampaign.emulator.contract;

import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.contract.BulkLaunchContract;
import io.voicecampaign.application.port.out.contract.PlatformControl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Bulk launches and the task waiter over HTTP against the emulator")
class HttpBulkLaunchContractTest extends BulkLaunchContract {

  @RegisterExtension
  static final EmulatorPlatform PLATFORM = EmulatorPlatform.answering("documented");

  @Override
  protected GroupCallGateway gateway() {
    return PLATFORM.groupCalls();
  }

  @Override
  protected PlatformControl control() {
    return PLATFORM.control();
  }
}
