package io.voicecampaign.application.service.recall;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.recall.FindRecallFlowCommand;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.testing.GatewayFailureFixtures;
import io.voicecampaign.domain.fixtures.RecallFlowFixtures;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowQuery;
import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Finding the recall flow of a task")
class FindRecallFlowServiceTest {

  private static final TimeRange SPRING = TimeRange.between(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-30T00:00:00Z"));
  private static final TaskId TASK = TaskId.of(12);

  private static RecallFlow ofOtherTask(long flowId, String parentName) {
    RecallFlow flow = RecallFlowFixtures.firstAttemptRunning(flowId);
    return new RecallFlow(flow.id(), Option.of(TaskId.of(8_000_000 + flowId)), Option.of(parentName), flow.createdTime(),
        flow.type(), flow.intervalMinutes(), flow.attempts(), flow.finishedAttempts(), flow.status(), flow.nodes());
  }

  @Test
  @DisplayName("answers the detail's nodes and status with the parent task, its name and the creation time from the list")
  void mergesListAndDetail() {
    RecallFlow own = RecallFlowFixtures.pending(7, TASK, "renewals");
    FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(own);
    RecallFlow moved = RecallFlowFixtures.firstAttemptRunning(7);
    gateway.answerDetail(Either.right(RecallFlowFixtures.asDetailed(moved)));

    Either<Failure, RecallFlow> found = new FindRecallFlowService(gateway).find(new FindRecallFlowCommand(TASK, SPRING));

    RecallFlow flow = found.get();
    assertThat(flow.parentTask()).contains(TASK);
    assertThat(flow.parentTaskName()).contains("renewals");
    assertThat(flow.createdTime()).contains(RecallFlowFixtures.CREATED);
    assertThat(flow.status()).isEqualTo(moved.status());
    assertThat(flow.nodes()).isEqualTo(moved.nodes()).hasSize(RecallFlowFixtures.ATTEMPTS);
    assertThat(gateway.queries()).containsExactly(new RecallFlowQuery(SPRING, Option.of("12"), PageRequest.first(100)));
    assertThat(gateway.detailReads()).containsExactly(own.id());
  }

  @Test
  @DisplayName("skips flows of tasks whose names merely contain the id, walking pages only until the task's flow")
  void skipsFuzzyMatchesLazily() {
    List<RecallFlow> lookalikes = List.range(1, 251).map(i -> ofOtherTask(i, "batch-12-" + i));
    RecallFlow own = RecallFlowFixtures.pending(300, TASK, "renewals");
    List<RecallFlow> later = List.range(400, 650).map(i -> ofOtherTask(i, "wave-12-" + i));
    FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(lookalikes.append(own).appendAll(later));

    Either<Failure, RecallFlow> found = new FindRecallFlowService(gateway).find(new FindRecallFlowCommand(TASK, SPRING));

    assertThat(found.get().id()).isEqualTo(own.id());
    assertThat(gateway.queries().map(q -> q.page().current())).containsExactly(1, 2, 3);
  }

  @Test
  @DisplayName("answers not found when only other tasks' flows match, after reading every page")
  void notFound() {
    FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(List.range(1, 151).map(i -> ofOtherTask(i, "batch-12-" + i)));

    Either<Failure, RecallFlow> found = new FindRecallFlowService(gateway).find(new FindRecallFlowCommand(TASK, SPRING));

    assertThat(found.getLeft()).isInstanceOfSatisfying(Failure.NotFound.class, notFound ->
        assertThat(notFound.message()).contains("task 12").contains(SPRING.from().toString()));
    assertThat(gateway.queries()).hasSize(2);
    assertThat(gateway.detailReads()).isEmpty();
  }

  @Test
  @DisplayName("answers not found when the task's flow was created outside the range")
  void outsideTheRange() {
    RecallFlow own = RecallFlowFixtures.pending(7, TASK, "renewals", Instant.parse("2026-01-01T00:00:00Z"));
    FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(own);

    assertThat(new FindRecallFlowService(gateway).find(new FindRecallFlowCommand(TASK, SPRING)).getLeft())
        .isInstanceOf(Failure.NotFound.class);
  }

  @Test
  @DisplayName("a failed search comes back as a gateway failure")
  void searchFails() {
    GatewayFailure down = GatewayFailureFixtures.unavailable();
    FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(RecallFlowFixtures.pending(7, TASK, "renewals")).failNextQuery(down);

    assertThat(new FindRecallFlowService(gateway).find(new FindRecallFlowCommand(TASK, SPRING)))
        .isEqualTo(Either.left(new Failure.Gateway(down)));
  }

  @Test
  @DisplayName("a failed detail read comes back as a gateway failure")
  void detailFails() {
    GatewayFailure malformed = GatewayFailureFixtures.malformed();
    FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(RecallFlowFixtures.pending(7, TASK, "renewals")).failNextDetail(malformed);

    assertThat(new FindRecallFlowService(gateway).find(new FindRecallFlowCommand(TASK, SPRING)))
        .isEqualTo(Either.left(new Failure.Gateway(malformed)));
  }
}
