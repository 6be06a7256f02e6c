package io.voicecampaign.adapter.fake.gateway;

import io.voicecampaign.adapter.fake.platform.PlatformFixtures;
import io.voicecampaign.adapter.fake.platform.SimulatedPlatform;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.contract.LaunchContract;
import io.voicecampaign.application.port.out.contract.PlatformControl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Launching over the fake gateway makes exactly one task whatever the create's answer")
class FakeLaunchContractTest extends LaunchContract {

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
