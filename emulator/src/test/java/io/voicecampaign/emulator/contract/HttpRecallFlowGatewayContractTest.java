package io.voicecampaign.emulator.contract;

import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.RecallFlowGateway;
import io.voicecampaign.application.port.out.contract.PlatformControl;
import io.voicecampaign.application.port.out.contract.RecallFlowGatewayContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("The HTTP recall-flow gateway talking to the emulator keeps the platform's contract")
class HttpRecallFlowGatewayContractTest extends RecallFlowGatewayContract {

  @RegisterExtension
  static final EmulatorPlatform PLATFORM = EmulatorPlatform.answering("documented");

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
