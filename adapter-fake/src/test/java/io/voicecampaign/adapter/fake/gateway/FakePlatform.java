package io.voicecampaign.adapter.fake.gateway;

import io.voicecampaign.adapter.fake.platform.PlatformFixtures;
import io.voicecampaign.adapter.fake.platform.SimulatedPlatform;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.RecallFlowGateway;
import io.voicecampaign.application.port.out.contract.PlatformControl;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The platform a contract test runs against in process: a fresh simulator before each test, with the
 * fake gateways over it. Register it in an instance field.
 */
final class FakePlatform implements BeforeEachCallback {

  private GroupCallGateway groupCalls;
  private RecallFlowGateway recallFlows;
  private PlatformControl control;

  @Override
  public void beforeEach(ExtensionContext context) {
    SimulatedPlatform platform = PlatformFixtures.platform();
    groupCalls = new FakeGroupCallGateway(platform);
    recallFlows = new FakeRecallFlowGateway(platform);
    control = new SimulatedPlatformControl(platform);
  }

  /** The fake group-call gateway. */
  GroupCallGateway groupCalls() {
    return groupCalls;
  }

  /** The fake recall-flow gateway. */
  RecallFlowGateway recallFlows() {
    return recallFlows;
  }

  /** The simulator's controls. */
  PlatformControl control() {
    return control;
  }
}
