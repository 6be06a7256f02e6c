package io.voicecampaign.emulator.contract;

import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.contract.LaunchContract;
import io.voicecampaign.application.port.out.contract.PlatformControl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Launching over HTTP against the emulator makes exactly one task whatever the create's answer")
class HttpLaunchContractTest extends LaunchContract {

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
