package io.voicecampaign.adapter.fake.gateway;

import io.voicecampaign.adapter.fake.platform.PlatformFixtures;
import io.voicecampaign.adapter.fake.platform.SimulatedPlatform;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.RecallFlowGateway;
import io.voicecampaign.application.port.out.contract.PlatformControl;
import io.voicecampaign.application.port.out.contract.RecallFlowGatewayContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The fake recall-flow gateway keeps the platform's contract")
class FakeRecallFlowGatewayContractTest extends RecallFlowGatewayContract {

  private GroupCallGateway tasks;
  private RecallFlowGateway flows;
  private PlatformControl control;

  @BeforeEach
  void startPlatform() {
    SimulatedPlatform platform = PlatformFixtures.platform();
    tasks = new FakeGroupCallGateway(platform);
    flows = new FakeRecallFlowGateway(platform);
    control = new SimulatedPlatformControl(platform);
  }

  @Override
  protected GroupCallGateway groupCallGateway() {
    return tasks;
  }

  @Override
  protected RecallFlowGateway recallFlowGateway() {
    return flows;
  }

  @Override
  protected PlatformControl control() {
    return control;
  }
}
