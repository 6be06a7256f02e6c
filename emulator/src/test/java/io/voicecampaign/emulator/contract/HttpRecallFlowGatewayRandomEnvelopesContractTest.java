package io.voicecampaign.emulator.contract;

import io.voicecampaign.adapter.http.HttpGateways;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.RecallFlowGateway;
import io.voicecampaign.application.port.out.contract.PlatformControl;
import io.voicecampaign.application.port.out.contract.RecallFlowGatewayContract;
import io.voicecampaign.emulator.Emulator;
import io.voicecampaign.emulator.WireClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The HTTP recall-flow gateway keeps the platform's contract when every answer comes in any of the four envelopes")
class HttpRecallFlowGatewayRandomEnvelopesContractTest extends RecallFlowGatewayContract {

  private static Emulator emulator;
  private static HttpGateways gateways;
  private static AdminPlatformControl control;

  @BeforeAll
  static void startEmulator() {
    emulator = HttpContractFixtures.emulator("random");
    gateways = HttpContractFixtures.gateways(emulator);
    control = new AdminPlatformControl(new WireClient(emulator));
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  @BeforeEach
  void emptyPlatform() {
    control.reset(HttpContractFixtures.START);
  }

  @Override
  protected GroupCallGateway groupCallGateway() {
    return gateways.groupCalls();
  }

  @Override
  protected RecallFlowGateway recallFlowGateway() {
    return gateways.recallFlows();
  }

  @Override
  protected PlatformControl control() {
    return control;
  }
}
