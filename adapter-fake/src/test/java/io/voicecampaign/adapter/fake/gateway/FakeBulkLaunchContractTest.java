package io.voicecampaign.adapter.fake.gateway;

import io.voicecampaign.adapter.fake.platform.PlatformFixtures;
import io.voicecampaign.adapter.fake.platform.SimulatedPlatform;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.contract.BulkLaunchContract;
import io.voicecampaign.application.port.out.contract.PlatformControl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Bulk launches and the task waiter over the fake gateway")
class FakeBulkLaunchContractTest extends BulkLaunchContract {

  private GroupCallGateway gateway;
  private PlatformControl control;

  @BeforeEach
  void startPlatform() {
    SimulatedPlatform platform = PlatformFixtures.platform();
    gateway = new FakeGroupCallGateway(platform);
    control = new SimulatedPlatformControl(platform);
  }

  @Override
  protected GroupCallGateway gateway() {
    return gateway;
  }

  @Override
  protected PlatformControl control() {
    return control;
  }
}
