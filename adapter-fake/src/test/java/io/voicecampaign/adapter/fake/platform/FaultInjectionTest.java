package io.voicecampaign.adapter.fake.platform;

import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.START;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.allTasks;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.build;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.campaign;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.ok;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.platform;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.voicecampaign.adapter.fake.fault.Fault;
import io.voicecampaign.adapter.fake.fault.Operation;
import io.voicecampaign.adapter.fake.fault.Port;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.recall.RecallFlowQuery;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.task.TaskId;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Injected faults")
class FaultInjectionTest {

  private static long taskCount(SimulatedPlatform platform) {
    return ok(platform.queryTasks(allTasks())).total();
  }

  @Test
  @DisplayName("an injected code answers the next calls to that operation and changes nothing; then calls go through")
  void codeForTheNextCalls() {
    SimulatedPlatform platform = platform();
    platform.injectFault(Operation.LAUNCH, 2, Fault.answer(PlatformCode.SYSTEM_EXCEPTION, "busy"));

    Reply.Refused<?> first = refused(platform.launch(build(campaign("faulted", 1))));
    refused(platform.launch(build(campaign("faulted", 1))));
    Reply<TaskId> third = platform.launch(build(campaign("faulted", 1)));

    assertThat(first.code()).isEqualTo(PlatformCode.SYSTEM_EXCEPTION);
    assertThat(first.reason()).isEqualTo("busy");
    assertThat(third).isInstanceOf(Reply.Ok.class);
    assertThat(taskCount(platform)).isEqualTo(1);
    assertThat(platform.requestCount(Operation.LAUNCH)).isEqualTo(3);
    assertThat(platform.pendingFaults()).isZero();
  }

  @Test
  @DisplayName("a fault aimed at a port hits every operation of that port, and no other")
  void faultOnAPort() {
    SimulatedPlatform platform = platform();
    platform.injectFault(Port.RECALL_FLOW, 2, Fault.unavailable("connection refused"));

    assertThat(platform.queryTasks(allTasks())).isInstanceOf(Reply.Ok.class);
    assertThat(platform.queryFlows(RecallFlowQuery.within(allTasks().createdWithin(), 10)))
        .isInstanceOf(Reply.Interrupted.class);
    assertThat(platform.flowDetail(RecallFlowId.of(1))).isInstanceOf(Reply.Interrupted.class);
    assertThat(platform.flowDetail(RecallFlowId.of(1))).isInstanceOf(Reply.Refused.class);
  }

  @Test
  @DisplayName("faults are served in the order they were injected")
  void fifo() {
    SimulatedPlatform platform = platform();
    platform.injectFault(Operation.QUERY_TASKS, 1, Fault.answer(PlatformCode.TIMESTAMP_EXPIRED, "first"));
    platform.injectFault(Port.GROUP_CALL, 1, Fault.answer(PlatformCode.IP_RESTRICTED, "second"));
    assertThat(platform.pendingFaults()).isEqualTo(2);

    assertThat(refused(platform.queryTasks(allTasks())).reason()).isEqualTo("first");
    assertThat(refused(platform.queryTasks(allTasks())).reason()).isEqualTo("second");
  }

  @Test
  @DisplayName("an unavailable platform never receives the request")
  void unavailableCreatesNothing() {
    SimulatedPlatform platform = platform();
    platform.injectFault(Operation.LAUNCH, 1, Fault.unavailable("connection refused"));

    Reply<TaskId> reply = platform.launch(build(campaign("lost", 1)));

    assertThat(((Reply.Interrupted<TaskId>) reply).fault().applied()).isFalse();
    assertThat(taskCount(platform)).isZero();
  }

  @Test
  @DisplayName("an unknown outcome may hide a task that was created, or one that was not")
  void outcomeUnknown() {
    SimulatedPlatform platform = platform();
    platform.injectFault(Operation.LAUNCH, 1, Fault.outcomeUnknown("connection reset", true));
    platform.injectFault(Operation.LAUNCH, 1, Fault.outcomeUnknown("connection reset", false));

    assertThat(platform.launch(build(campaign("maybe-made", 1)))).isInstanceOf(Reply.Interrupted.class);
    assertThat(platform.launch(build(campaign("maybe-not", 1)))).isInstanceOf(Reply.Interrupted.class);

    assertThat(ok(platform.queryTasks(allTasks().withSearch("maybe"))).records().map(t -> t.name()))
        .containsExactly("maybe-made");
    assertThat(refused(platform.launch(build(campaign("maybe-made", 1)))).code()).isEqualTo(PlatformCode.TASK_NAME_EXISTS);
  }

  @Test
  @DisplayName("a timeout takes its time on the virtual clock, with or without the request carried out")
  void timeout() {
    SimulatedPlatform platform = platform();
    platform.injectFault(Operation.LAUNCH, 1, Fault.timedOut(Duration.ofSeconds(10), true));
    platform.injectFault(Operation.CANCEL_TASKS, 1, Fault.timedOut(Duration.ofSeconds(10), false));

    Reply<TaskId> launched = platform.launch(build(campaign("slow", 1)));
    TaskId id = ok(platform.queryTasks(allTasks())).records().head().id();
    Reply<?> cancel = platform.cancelTasks(io.vavr.collection.List.of(id));

    assertThat(launched).isInstanceOf(Reply.Interrupted.class);
    assertThat(cancel).isInstanceOf(Reply.Interrupted.class);
    assertThat(platform.now()).isEqualTo(START.plusSeconds(20));
    assertThat(platform.task(id).get().status().isTerminal()).as("the cancel never arrived").isFalse();
  }

  @Test
  @DisplayName("latency passes on the virtual clock before the platform handles the call")
  void latency() {
    SimulatedPlatform platform = platform();
    platform.injectFault(Operation.LAUNCH, 1, Fault.latency(Duration.ofSeconds(90)));

    TaskId id = ok(platform.launch(build(campaign("late", 1))));

    assertThat(platform.now()).isEqualTo(START.plusSeconds(90));
    assertThat(platform.task(id).get().createdTime()).contains(START.plusSeconds(90));
  }

  @Test
  @DisplayName("faults can be cleared, and are checked when injected")
  void clearAndCheck() {
    SimulatedPlatform platform = platform();
    platform.injectFault(Operation.LAUNCH, 5, Fault.unavailable("down"));
    platform.clearFaults();

    assertThat(platform.launch(build(campaign("clear", 1)))).isInstanceOf(Reply.Ok.class);
    assertThatThrownBy(() -> platform.injectFault(Operation.LAUNCH, 0, Fault.unavailable("x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.answer(PlatformCode.SUCCESS, "ok")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.latency(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
  }
}
