package io.voicecampaign.emulator.contract;

import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.RecallFlowGateway;
import io.voicecampaign.application.port.out.contract.PlatformControl;
import io.voicecampaign.application.port.out.contract.RecallFlowGatewayContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("The HTTP recall-flow gateway keeps the platform's contract when every answer comes in any of the four envelopes")
class HttpRecallFlowGatewayRandomEnvelopesContractTest extends RecallFlowGatewayContract {

  @RegisterExtension
  static final EmulatorPlatform PLATFORM = EmulatorPlatform.answering("random");

  @Override
  protected GroupCallGateway groupCallGateway() {
    return PLATFORM.groupCalls();
  }

  @Override
  protected RecallFlowGateway recallFlowGateway() {
    return PLATFORM.recallFlows();
  }

  @Override
  protected PlatformControl control() {
    return PLATFORM.control();
  }
}
