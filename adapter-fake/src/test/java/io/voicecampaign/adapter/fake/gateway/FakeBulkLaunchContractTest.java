package io.voicecampaign.adapter.fake.gateway;

import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.contract.BulkLaunchContract;
import io.voicecampaign.application.port.out.contract.PlatformControl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Bulk launches and the task waiter over the fake gateway")
class FakeBulkLaunchContractTest extends BulkLaunchContract {

  @RegisterExtension
  final FakePlatform platform = new FakePlatform();

  @Override
  protected GroupCallGateway gateway() {
    return platform.groupCalls();
  }

  @Override
  protected PlatformControl control() {
    return platform.control();
  }
}
