package io.voicecampaign.adapter.fake.gateway;

import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.RecallFlowGateway;
import io.voicecampaign.application.port.out.contract.PlatformControl;
import io.voicecampaign.application.port.out.contract.RecallFlowGatewayContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("The fake recall-flow gateway keeps the platform's contract")
class FakeRecallFlowGatewayContractTest extends RecallFlowGatewayContract {

  @RegisterExtension
  final FakePlatform platform = new FakePlatform();

  @Override
  protected GroupCallGateway groupCallGateway() {
    return platform.groupCalls();
  }

  @Override
  protected RecallFlowGateway recallFlowGateway() {
    return platform.recallFlows();
  }

  @Override
  protected PlatformControl control() {
    return platform.control();
  }
}
