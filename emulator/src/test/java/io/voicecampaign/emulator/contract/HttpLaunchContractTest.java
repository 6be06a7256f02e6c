package io.voicecampaign.emulator.contract;

import io.voicecampaign.adapter.http.HttpGateways;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.contract.LaunchContract;
import io.voicecampaign.application.port.out.contract.PlatformControl;
import io.voicecampaign.emulator.Emulator;
import io.voicecampaign.emulator.WireClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Launching over HTTP against the emulator makes exactly one task whatever the create's answer")
class HttpLaunchContractTest extends LaunchContract {

  private static Emulator emulator;
  private static HttpGateways gateways;
  private static AdminPlatformControl control;

  @BeforeAll
  static void startEmulator() {
    emulator = HttpContractFixtures.emulator();
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
  protected GroupCallGateway gateway() {
    return gateways.groupCalls();
  }

  @Override
  protected PlatformControl control() {
    return control;
  }
}
