package io.voicecampaign.adapter.fake.gateway;

import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.contract.LaunchContract;
import io.voicecampaign.application.port.out.contract.PlatformControl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Launching over the fake gateway makes exactly one task whatever the create's answer")
class FakeLaunchContractTest extends LaunchContract {

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
