package io.voicecampaign.application.service.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.recall.CancelRecallFlowCommand;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.testing.GatewayFailureFixtures;
import io.voicecampaign.application.testing.VirtualClock;
import io.voicecampaign.domain.fixtures.RecallFlowFixtures;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.recall.RecallFlowQuery;
import io.voicecampaign.domain.recall.RecallNodeId;
import io.voicecampaign.domain.recall.RecallRejection;
import io.voicecampaign.domain.recall.RecallStatus;
import io.voicecampaign.domain.shared.Done;
import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Cancelling a recall flow")
class CancelRecallFlowServiceTest {

  private static final Instant NOW = Instant.parse("2026-04-01T03:00:00Z");
  private final VirtualClock clock = VirtualClock.at(NOW);

  private CancelRecallFlowService service(FakeRecallFlowGateway gateway) {
    return new CancelRecallFlowService(gateway, clock);
  }

  @Nested
  @DisplayName("whole, by flow id")
  class WholeFlow {

    @Test
    @DisplayName("sends the cancel of a pending flow")
    void cancelsPendingFlow() {
      RecallFlow pending = RecallFlowFixtures.pending(12);
      FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(pending);

      Either<Failure, Done> cancelled = service(gateway).cancel(CancelRecallFlowCommand.wholeFlow(pending.id()));

      assertThat(cancelled).isEqualTo(Either.right(Done.DONE));
      assertThat(gateway.cancels()).containsExactly(new RecallCancellation.WholeFlow(pending.id()));
      assertThat(gateway.flow(pending.id()).get().status()).isEqualTo(RecallStatus.CANCELLED);
    }

    @Test
    @DisplayName("refuses a flow in progress and sends nothing")
    void refusesFlowInProgress() {
      RecallFlow running = RecallFlowFixtures.firstAttemptRunning(12);
      FakeRecallFlowGateway gateway = spy(new FakeRecallFlowGateway(running));

      Either<Failure, Done> cancelled = service(gateway).cancel(CancelRecallFlowCommand.wholeFlow(running.id()));

      assertThat(cancelled).isEqualTo(Either.left(new Failure.RecallRefused(
          new RecallRejection.FlowNotPending(running.id(), RecallStatus.IN_PROGRESS, "cancel"))));
      verify(gateway, never()).cancelFlow(any());
    }

    @Test
    @DisplayName("a failed read comes back as a gateway failure and nothing is sent")
    void readFails() {
      GatewayFailure down = GatewayFailureFixtures.unavailable();
      FakeRecallFlowGateway gateway = spy(new FakeRecallFlowGateway(RecallFlowFixtures.pending(12)).failNextDetail(down));

      assertThat(service(gateway).cancel(CancelRecallFlowCommand.wholeFlow(RecallFlowId.of(12))))
          .isEqualTo(Either.left(new Failure.Gateway(down)));
      verify(gateway, never()).cancelFlow(any());
    }

    @Test
    @DisplayName("the platform stays authoritative: its refusal comes back as a gateway failure")
    void platformRefuses() {
      GatewayFailure refused = GatewayFailureFixtures.rejected(PlatformCode.PARAMETER_EXCEPTION);
      FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(RecallFlowFixtures.pending(12)).failNextCancel(refused);

      assertThat(service(gateway).cancel(CancelRecallFlowCommand.wholeFlow(RecallFlowId.of(12))))
          .isEqualTo(Either.left(new Failure.Gateway(refused)));
    }
  }

  @Nested
  @DisplayName("from a node on")
  class FromNode {

    @Test
    @DisplayName("sends the cancel from a pending node of the command's flow")
    void cancelsFromPendingNode() {
      RecallFlow running = RecallFlowFixtures.firstAttemptRunning(12);
      RecallNodeId third = RecallFlowFixtures.node(running, 3).id();
      FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(running);

      Either<Failure, Done> cancelled = service(gateway).cancel(CancelRecallFlowCommand.fromNode(running.id(), third));

      assertThat(cancelled).isEqualTo(Either.right(Done.DONE));
      assertThat(gateway.detailReads()).containsExactly(running.id());
      assertThat(gateway.cancels()).containsExactly(new RecallCancellation.FromNode(third));
      assertThat(RecallFlowFixtures.node(gateway.flow(running.id()).get(), 3).status()).isEqualTo(RecallStatus.CANCELLED);
    }

    @Test
    @DisplayName("refuses a node that is running and sends nothing")
    void refusesRunningNode() {
      RecallFlow running = RecallFlowFixtures.firstAttemptRunning(12);
      RecallNodeId first = RecallFlowFixtures.node(running, 1).id();
      FakeRecallFlowGateway gateway = spy(new FakeRecallFlowGateway(running));

      Either<Failure, Done> cancelled = service(gateway).cancel(CancelRecallFlowCommand.fromNode(running.id(), first));

      assertThat(cancelled).isEqualTo(Either.left(new Failure.RecallRefused(
          new RecallRejection.NodeNotPending(running.id(), first, RecallStatus.IN_PROGRESS))));
      verify(gateway, never()).cancelFlow(any());
    }

    @Test
    @DisplayName("refuses a node the flow does not have and sends nothing")
    void refusesUnknownNode() {
      RecallFlow running = RecallFlowFixtures.firstAttemptRunning(12);
      RecallNodeId elsewhere = RecallNodeId.of(9_999);
      FakeRecallFlowGateway gateway = spy(new FakeRecallFlowGateway(running));

      Either<Failure, Done> cancelled = service(gateway).cancel(CancelRecallFlowCommand.fromNode(running.id(), elsewhere));

      assertThat(cancelled).isEqualTo(Either.left(new Failure.RecallRefused(new RecallRejection.NodeNotFound(running.id(), elsewhere))));
      verify(gateway, never()).cancelFlow(any());
    }
  }

  @Nested
  @DisplayName("whole, by parent task")
  class WholeFlowOfTask {

    private final TaskId task = TaskId.of(12);

    @Test
    @DisplayName("looks the task's flow up over the documented range, checks it and sends the cancel by task")
    void cancelsPendingFlowOfTask() {
      RecallFlow pending = RecallFlowFixtures.pending(7, task, "renewals", NOW.minus(Duration.ofDays(40)));
      FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(pending);

      Either<Failure, Done> cancelled = service(gateway).cancel(CancelRecallFlowCommand.wholeFlowOfTask(task));

      assertThat(cancelled).isEqualTo(Either.right(Done.DONE));
      TimeRange range = TimeRange.between(NOW.minus(Duration.ofDays(366)), NOW.plus(Duration.ofDays(1)));
      assertThat(gateway.queries()).containsExactly(new RecallFlowQuery(range, Option.of("12"), PageRequest.first(100)));
      assertThat(gateway.cancels()).containsExactly(new RecallCancellation.WholeFlowOfTask(task));
      assertThat(gateway.flow(pending.id()).get().status()).isEqualTo(RecallStatus.CANCELLED);
    }

    @Test
    @DisplayName("refuses when the task's flow is in progress and sends nothing")
    void refusesFlowInProgress() {
      RecallFlow running = RecallFlowFixtures.firstAttemptRunning(7);
      FakeRecallFlowGateway gateway = spy(new FakeRecallFlowGateway(running));

      Either<Failure, Done> cancelled = service(gateway).cancel(CancelRecallFlowCommand.wholeFlowOfTask(RecallFlowFixtures.PARENT_TASK));

      assertThat(cancelled).isEqualTo(Either.left(new Failure.RecallRefused(
          new RecallRejection.FlowNotPending(running.id(), RecallStatus.IN_PROGRESS, "cancel"))));
      verify(gateway, never()).cancelFlow(any());
    }

    @Test
    @DisplayName("judges the task's own flow, not the flows of tasks whose names merely contain its id")
    void ignoresFuzzyNameMatches() {
      RecallFlow otherRunning = RecallFlowFixtures.firstAttemptRunning(5);
      RecallFlow lookalike = new RecallFlow(otherRunning.id(), Option.of(TaskId.of(99)), Option.of("batch-12-retry"),
          otherRunning.createdTime(), otherRunning.type(), otherRunning.intervalMinutes(), otherRunning.attempts(),
          otherRunning.finishedAttempts(), otherRunning.status(), otherRunning.nodes());
      RecallFlow own = RecallFlowFixtures.pending(7, task, "renewals");
      FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(lookalike, own);

      assertThat(service(gateway).cancel(CancelRecallFlowCommand.wholeFlowOfTask(task))).isEqualTo(Either.right(Done.DONE));
      assertThat(gateway.cancels()).containsExactly(new RecallCancellation.WholeFlowOfTask(task));
    }

    @Test
    @DisplayName("finds the task's flow on a later page")
    void walksPages() {
      List<RecallFlow> others = List.range(1, 151).map(i -> renamed(RecallFlowFixtures.firstAttemptRunning(i), "job-12-" + i));
      RecallFlow own = RecallFlowFixtures.pending(500, task, "renewals");
      FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(others.append(own));

      assertThat(service(gateway).cancel(CancelRecallFlowCommand.wholeFlowOfTask(task))).isEqualTo(Either.right(Done.DONE));
      assertThat(gateway.queries().map(q -> q.page().current())).containsExactly(1, 2);
    }

    @Test
    @DisplayName("when no flow of the task is listed, sends the cancel and lets the platform decide")
    void notFoundIsSent() {
      FakeRecallFlowGateway gateway = new FakeRecallFlowGateway();

      Either<Failure, Done> cancelled = service(gateway).cancel(CancelRecallFlowCommand.wholeFlowOfTask(task));

      assertThat(gateway.cancels()).containsExactly(new RecallCancellation.WholeFlowOfTask(task));
      assertThat(cancelled.getLeft()).isInstanceOfSatisfying(Failure.Gateway.class, failure ->
          assertThat(failure.cause()).isInstanceOf(GatewayFailure.Rejected.class));
    }

    @Test
    @DisplayName("a flow created outside the range is not found, so the platform decides")
    void outsideTheRange() {
      RecallFlow old = RecallFlowFixtures.pending(7, task, "renewals", NOW.minus(Duration.ofDays(400)));
      FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(old);

      assertThat(service(gateway).cancel(CancelRecallFlowCommand.wholeFlowOfTask(task))).isEqualTo(Either.right(Done.DONE));
      assertThat(gateway.cancels()).hasSize(1);
    }

    @Test
    @DisplayName("a failed lookup comes back as a gateway failure and nothing is sent")
    void lookupFails() {
      GatewayFailure down = GatewayFailureFixtures.timedOut();
      FakeRecallFlowGateway gateway = spy(new FakeRecallFlowGateway(RecallFlowFixtures.pending(7, task, "renewals")).failNextQuery(down));

      assertThat(service(gateway).cancel(CancelRecallFlowCommand.wholeFlowOfTask(task))).isEqualTo(Either.left(new Failure.Gateway(down)));
      verify(gateway, never()).cancelFlow(any());
    }

    private RecallFlow renamed(RecallFlow flow, String parentName) {
      return new RecallFlow(flow.id(), Option.of(TaskId.of(8_000_000 + flow.id().value())), Option.of(parentName), flow.createdTime(),
          flow.type(), flow.intervalMinutes(), flow.attempts(), flow.finishedAttempts(), flow.status(), flow.nodes());
    }
  }
}
