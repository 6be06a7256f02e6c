package io.voicecampaign.adapter.fake.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.fake.fault.Fault;
import io.voicecampaign.adapter.fake.fault.Operation;
import io.voicecampaign.adapter.fake.fault.Port;
import io.voicecampaign.adapter.fake.platform.PlatformFixtures;
import io.voicecampaign.adapter.fake.platform.SimulatedPlatform;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.collection.List;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The fake gateways turn the platform's refusals and lost answers into gateway failures")
class FakeGatewayFailureTest {

  private final SimulatedPlatform platform = PlatformFixtures.platform();
  private final FakeGroupCallGateway tasks = new FakeGroupCallGateway(platform);
  private final FakeRecallFlowGateway flows = new FakeRecallFlowGateway(platform);

  private GatewayFailure nextLaunchFailure(Fault fault) {
    platform.injectFault(Operation.LAUNCH, 1, fault);
    return tasks.launch(PlatformFixtures.build(PlatformFixtures.campaign("gateway-fault", 1))).getLeft();
  }

  @Test
  @DisplayName("codes are classified as GatewayFailure documents them")
  void codes() {
    assertThat(nextLaunchFailure(Fault.answer(PlatformCode.AUTHENTICATION_ERROR, "bad sign")))
        .isEqualTo(new GatewayFailure.Unauthorized("AUTHENTICATION_ERROR(-1) bad sign"));
    assertThat(nextLaunchFailure(Fault.answer(PlatformCode.IP_RESTRICTED, "ip"))).isEqualTo(new GatewayFailure.IpNotAllowed("IP_RESTRICTED(-2) ip"));
    assertThat(nextLaunchFailure(Fault.answer(PlatformCode.TIMESTAMP_EXPIRED, "old"))).isEqualTo(new GatewayFailure.ClockSkew("TIMESTAMP_EXPIRED(-16) old"));
    assertThat(nextLaunchFailure(Fault.answer(PlatformCode.SYSTEM_EXCEPTION, "down")))
        .isEqualTo(new GatewayFailure.Unavailable("the platform reported SYSTEM_EXCEPTION(-18) down", io.vavr.control.Option.none()));
    assertThat(nextLaunchFailure(Fault.answer(PlatformCode.DATA_CAPS, "caps")))
        .isEqualTo(new GatewayFailure.Rejected(PlatformCode.DATA_CAPS, "caps"));
  }

  @Test
  @DisplayName("lost answers become unavailable, timed out or outcome unknown")
  void lostAnswers() {
    assertThat(nextLaunchFailure(Fault.unavailable("refused")))
        .isEqualTo(new GatewayFailure.Unavailable("refused", io.vavr.control.Option.none()));
    assertThat(nextLaunchFailure(Fault.timedOut(Duration.ofSeconds(30), false)))
        .isInstanceOfSatisfying(GatewayFailure.TimedOut.class, f -> assertThat(f.after()).isEqualTo(Duration.ofSeconds(30)));
    assertThat(nextLaunchFailure(Fault.outcomeUnknown("reset", false))).isEqualTo(new GatewayFailure.OutcomeUnknown("reset"));
  }

  @Test
  @DisplayName("every operation of both gateways passes through the platform, faults included")
  void everyOperation() {
    platform.injectFault(Port.RECALL_FLOW, 4, Fault.answer(PlatformCode.SYSTEM_EXCEPTION, "down"));

    assertThat(flows.queryFlows(io.voicecampaign.domain.recall.RecallFlowQuery.within(
        PlatformFixtures.allTasks().createdWithin(), 10)).isLeft()).isTrue();
    assertThat(flows.flowDetail(RecallFlowId.of(1)).isLeft()).isTrue();
    assertThat(flows.editFlow(RecallFlowId.of(1), PlatformFixtures.build(PlatformFixtures.plan(
        io.voicecampaign.domain.recall.RecallType.ALL, 30, 1).agents(41))).isLeft()).isTrue();
    assertThat(flows.cancelFlow(new RecallCancellation.WholeFlow(RecallFlowId.of(1))).isLeft()).isTrue();
    assertThat(tasks.cancelTasks(List.of(TaskId.of(1))).getLeft())
        .isEqualTo(new GatewayFailure.Rejected(PlatformCode.DATA_NOT_FOUND, "no task with id 1"));
    assertThat(tasks.queryTasks(PlatformFixtures.allTasks()).get().total()).isZero();
    for (Operation operation : Operation.values()) {
      assertThat(platform.requestCount(operation)).as("%s", operation).isEqualTo(operation == Operation.LAUNCH ? 0 : 1);
    }
  }
}
