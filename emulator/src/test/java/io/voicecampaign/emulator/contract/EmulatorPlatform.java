package io.voicecampaign.emulator.contract;

import io.voicecampaign.adapter.http.HttpGateways;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.RecallFlowGateway;
import io.voicecampaign.application.port.out.contract.PlatformControl;
import io.voicecampaign.emulator.Emulator;
import io.voicecampaign.emulator.WireClient;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The platform a contract test class runs against over HTTP: an emulator started before the class's
 * tests, emptied and its clock set to {@link HttpContractFixtures#START} before each, stopped after
 * them, with the HTTP adapter's gateways to it. Register it in a static field.
 */
final class EmulatorPlatform implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

  private final String envelopes;
  private Emulator emulator;
  private HttpGateways gateways;
  private AdminPlatformControl control;

  private EmulatorPlatform(String envelopes) {
    this.envelopes = envelopes;
  }

  /** An emulator answering in the envelope mode {@code envelopes} ({@code documented}, {@code random}, ...). */
  static EmulatorPlatform answering(String envelopes) {
    return new EmulatorPlatform(envelopes);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    emulator = HttpContractFixtures.emulator(envelopes);
    gateways = HttpContractFixtures.gateways(emulator);
    control = new AdminPlatformControl(new WireClient(emulator));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    control.reset(HttpContractFixtures.START);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    gateways.close();
    emulator.close();
  }

  /** The group-call gateway over HTTP. */
  GroupCallGateway groupCalls() {
    return gateways.groupCalls();
  }

  /** The recall-flow gateway over HTTP. */
  RecallFlowGateway recallFlows() {
    return gateways.recallFlows();
  }

  /** The emulator's admin endpoints. */
  PlatformControl control() {
    return control;
  }
}
