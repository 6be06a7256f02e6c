package io.voicecampaign.adapter.fake.platform;

import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.START;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.build;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.campaign;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.launch;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.ok;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.plan;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.platform;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.fake.outcome.CallOutcome;
import io.voicecampaign.adapter.fake.outcome.CallOutcomeModel;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallNode;
import io.voicecampaign.domain.recall.RecallStatus;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskStatus;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A simulated recall flow")
class RecallFlowSimulationTest {

  private static final CallOutcome ANSWERED_101 = CallOutcome.answered("101");
  private static final CallOutcome ANSWERED_102 = CallOutcome.answered("102");
  private static final CallOutcome NO_ANSWER = CallOutcome.noAnswer("99998");

  /** Callees whose number ends in 0-2 answer with "101", 3-5 answer with "102", 6-9 do not answer ("99998"). */
  private static final CallOutcomeModel BY_LAST_DIGIT = (callee, attempt, random) -> {
    char last = callee.number().digits().charAt(callee.number().digits().length() - 1);
    if (last <= '2') {
      return ANSWERED_101;
    }
    return last <= '5' ? ANSWERED_102 : NO_ANSWER;
  };

  /** 100 callees at 60 a minute after a 30 s delay: the parent ends 130 s after START. */
  private static final Duration PARENT_ENDS = Duration.ofSeconds(130);

  private static SimulatedPlatform byLastDigit() {
    return platform(PlatformOptions.defaults().withOutcomeModel(BY_LAST_DIGIT));
  }

  private static RecallFlow flowOf(SimulatedPlatform platform, TaskId task) {
    return platform.flowOfTask(task).get();
  }

  private static Seq<GroupCallTask> children(SimulatedPlatform platform, RecallFlow flow) {
    return flow.nodes().flatMap(RecallNode::childTask).map(id -> platform.task(id).get());
  }

  private static Seq<String> dialled(SimulatedPlatform platform, TaskId task) {
    return platform.callRecords(task).get().map(r -> r.number().digits());
  }

  @Test
  @DisplayName("starts its first attempt exactly one interval after the parent finished, as a child task named after it")
  void firstAttemptAfterTheInterval() {
    SimulatedPlatform platform = byLastDigit();
    TaskId parent = launch(platform, campaign("timing", 100).recall(plan(RecallType.FAILED, 30, 2)));
    Instant due = START.plus(PARENT_ENDS).plus(Duration.ofMinutes(30));

    platform.advanceTo(due.minusMillis(1));
    assertThat(platform.task(parent).get().status()).isEqualTo(TaskStatus.FINISHED);
    assertThat(flowOf(platform, parent).status()).isEqualTo(RecallStatus.PENDING);

    platform.advanceTo(due);
    RecallFlow flow = flowOf(platform, parent);
    assertThat(flow.status()).isEqualTo(RecallStatus.IN_PROGRESS);
    RecallNode first = flow.nodes().head();
    assertThat(first.status()).isEqualTo(RecallStatus.IN_PROGRESS);
    GroupCallTask child = platform.task(first.childTask().get()).get();
    assertThat(child.name()).isEqualTo("timing-recall-1");
    assertThat(child.createdTime()).contains(due);
    assertThat(child.status()).isEqualTo(TaskStatus.WAITING_TO_SUBMIT);
  }

  @Test
  @DisplayName("recalling the failed redials exactly the callees whose previous call failed, attempt after attempt")
  void recallFailed() {
    SimulatedPlatform platform = byLastDigit();
    TaskId parent = launch(platform, campaign("failed", 100).recall(plan(RecallType.FAILED, 30, 3)));

    platform.advanceUntilIdle();

    RecallFlow flow = flowOf(platform, parent);
    assertThat(flow.status()).isEqualTo(RecallStatus.COMPLETED);
    assertThat(flow.finishedAttempts()).isEqualTo(3);
    Seq<String> failedFirstTime = platform.callRecords(parent).get().filter(r -> !r.outcome().isSuccess())
        .map(r -> r.number().digits());
    assertThat(failedFirstTime).hasSize(40);
    for (GroupCallTask child : children(platform, flow)) {
      assertThat(dialled(platform, child.id())).containsExactlyElementsOf(failedFirstTime);
      assertThat(child.fail()).isEqualTo(40);
    }
  }

  @Test
  @DisplayName("recalling by intent redials the callees whose previous call carried one of the plan's intents")
  void recallByIntent() {
    SimulatedPlatform platform = byLastDigit();
    TaskId parent = launch(platform, campaign("intent", 100).recall(plan(RecallType.BY_INTENT, 30, 2).intents("102", "77")));

    platform.advanceUntilIdle();

    RecallFlow flow = flowOf(platform, parent);
    Seq<GroupCallTask> children = children(platform, flow);
    assertThat(children.map(GroupCallTask::numbers)).containsExactly(30L, 30L);
    assertThat(dialled(platform, children.head().id())).allMatch(n -> "345".indexOf(n.charAt(n.length() - 1)) >= 0);
  }

  @Test
  @DisplayName("recalling all redials every callee of the previous attempt")
  void recallAll() {
    SimulatedPlatform platform = byLastDigit();
    TaskId parent = launch(platform, campaign("all", 100).recall(plan(RecallType.ALL, 30, 2)));

    platform.advanceUntilIdle();

    assertThat(children(platform, flowOf(platform, parent)).map(GroupCallTask::numbers)).containsExactly(100L, 100L);
  }

  @Test
  @DisplayName("with nobody to redial, an attempt runs an empty child task that finishes at once, and the flow goes on")
  void emptySelectionCompletesTheAttempt() {
    SimulatedPlatform platform = platform(PlatformOptions.defaults().withOutcomeModel(CallOutcomeModel.always(ANSWERED_101)));
    TaskId parent = launch(platform, campaign("all-answered", 100).recall(plan(RecallType.FAILED, 30, 2)));
    Instant firstDue = START.plus(PARENT_ENDS).plus(Duration.ofMinutes(30));

    platform.advanceTo(firstDue);
    RecallFlow afterFirst = flowOf(platform, parent);
    assertThat(afterFirst.nodes().map(RecallNode::status)).containsExactly(RecallStatus.COMPLETED, RecallStatus.PENDING);
    assertThat(afterFirst.finishedAttempts()).isEqualTo(1);
    GroupCallTask empty = platform.task(afterFirst.nodes().head().childTask().get()).get();
    assertThat(empty.status()).isEqualTo(TaskStatus.FINISHED);
    assertThat(empty.numbers()).isZero();
    assertThat(empty.progress()).isEqualTo("100");

    platform.advanceTo(firstDue.plus(Duration.ofMinutes(30)));
    RecallFlow done = flowOf(platform, parent);
    assertThat(done.status()).isEqualTo(RecallStatus.COMPLETED);
    assertThat(done.finishedAttempts()).isEqualTo(2);
    assertThat(platform.nextEventTime()).isEmpty();
  }

  @Test
  @DisplayName("cancelling the parent task before it ends cancels its pending flow")
  void cancellingTheParentCancelsTheFlow() {
    SimulatedPlatform platform = byLastDigit();
    TaskId parent = launch(platform, campaign("cancel-parent", 100).recall(plan(RecallType.FAILED, 30, 3)));
    platform.advance(Duration.ofSeconds(60));

    ok(platform.cancelTasks(List.of(parent)));
    platform.advanceUntilIdle();

    RecallFlow flow = flowOf(platform, parent);
    assertThat(flow.status()).isEqualTo(RecallStatus.CANCELLED);
    assertThat(flow.nodes().map(RecallNode::status)).containsOnly(RecallStatus.CANCELLED);
    GroupCallTask task = platform.task(parent).get();
    assertThat(task.status()).isEqualTo(TaskStatus.CANCELLED);
    assertThat(task.called()).isEqualTo(30);
    assertThat(task.progress()).isEqualTo("30");
  }

  @Test
  @DisplayName("a finished parent cannot be cancelled (-22), and its flow goes on")
  void finishedParentIsNotCancelled() {
    SimulatedPlatform platform = byLastDigit();
    TaskId parent = launch(platform, campaign("finished-parent", 100).recall(plan(RecallType.FAILED, 30, 1)));
    platform.advance(Duration.ofMinutes(5));

    assertThat(refused(platform.cancelTasks(List.of(parent))).code()).isEqualTo(PlatformCode.PARAMETER_EXCEPTION);
    platform.advanceUntilIdle();
    assertThat(flowOf(platform, parent).status()).isEqualTo(RecallStatus.COMPLETED);
  }

  @Test
  @DisplayName("cancelling a running recall child completes its attempt with the calls made and cancels the later ones")
  void cancellingAChild() {
    SimulatedPlatform platform = byLastDigit();
    TaskId parent = launch(platform, campaign("cancel-child", 100).recall(plan(RecallType.ALL, 30, 3)));
    platform.advanceTo(START.plus(PARENT_ENDS).plus(Duration.ofMinutes(30)).plusSeconds(30 + 10));
    TaskId child = flowOf(platform, parent).nodes().head().childTask().get();
    assertThat(platform.task(child).get().called()).isEqualTo(10);

    ok(platform.cancelTasks(List.of(child)));

    RecallFlow flow = flowOf(platform, parent);
    assertThat(flow.nodes().map(RecallNode::status))
        .containsExactly(RecallStatus.COMPLETED, RecallStatus.CANCELLED, RecallStatus.CANCELLED);
    assertThat(flow.status()).isEqualTo(RecallStatus.CANCELLED);
    assertThat(flow.finishedAttempts()).isEqualTo(1);
    assertThat(platform.task(child).get().status()).isEqualTo(TaskStatus.CANCELLED);
    assertThat(platform.task(child).get().called()).isEqualTo(10);
  }

  @Test
  @DisplayName("a parent whose submission fails ends its flow in an execution exception")
  void parentSubmissionFails() {
    SimulatedPlatform platform = byLastDigit();
    platform.failNextSubmissions(1);
    TaskId parent = launch(platform, campaign("submit-fails", 100).recall(plan(RecallType.ALL, 30, 2)));

    platform.advanceUntilIdle();

    assertThat(platform.task(parent).get().status()).isEqualTo(TaskStatus.SUBMIT_FAILED);
    assertThat(platform.task(parent).get().called()).isZero();
    RecallFlow flow = flowOf(platform, parent);
    assertThat(flow.status()).isEqualTo(RecallStatus.EXECUTION_EXCEPTION);
    assertThat(flow.nodes().head().status()).isEqualTo(RecallStatus.EXECUTION_EXCEPTION);
    assertThat(platform.unfinishedTaskCount()).isZero();
  }

  @Test
  @DisplayName("a recall child whose submission fails fails its node and the flow")
  void childSubmissionFails() {
    SimulatedPlatform platform = byLastDigit();
    TaskId parent = launch(platform, campaign("child-fails", 100).recall(plan(RecallType.ALL, 30, 3)));
    platform.advance(Duration.ofMinutes(5));
    platform.failNextSubmissions(1);

    platform.advanceUntilIdle();

    RecallFlow flow = flowOf(platform, parent);
    assertThat(flow.status()).isEqualTo(RecallStatus.EXECUTION_EXCEPTION);
    RecallNode first = flow.nodes().head();
    assertThat(first.status()).isEqualTo(RecallStatus.EXECUTION_EXCEPTION);
    assertThat(platform.task(first.childTask().get()).get().status()).isEqualTo(TaskStatus.SUBMIT_FAILED);
    assertThat(flow.finishedAttempts()).isZero();
  }

  @Test
  @DisplayName("an edit after the parent finished moves the first attempt to the new interval")
  void editReschedules() {
    SimulatedPlatform platform = byLastDigit();
    TaskId parent = launch(platform, campaign("edit-interval", 100).recall(plan(RecallType.FAILED, 30, 1)));
    platform.advance(Duration.ofMinutes(5));

    ok(platform.editFlow(flowOf(platform, parent).id(), build(plan(RecallType.BY_INTENT, 120, 1).intents("101"))));

    Instant oldDue = START.plus(PARENT_ENDS).plus(Duration.ofMinutes(30));
    platform.advanceTo(oldDue);
    assertThat(flowOf(platform, parent).status()).isEqualTo(RecallStatus.PENDING);
    platform.advanceTo(START.plus(PARENT_ENDS).plus(Duration.ofMinutes(120)));
    RecallFlow flow = flowOf(platform, parent);
    assertThat(flow.status()).isEqualTo(RecallStatus.IN_PROGRESS);
    assertThat(platform.task(flow.nodes().head().childTask().get()).get().numbers()).as("intent 101: digits 0-2").isEqualTo(30);
  }

  @Test
  @DisplayName("an edit that drops attempts forgets their nodes")
  void editDropsNodes() {
    SimulatedPlatform platform = byLastDigit();
    TaskId parent = launch(platform, campaign("edit-drop", 10).recall(plan(RecallType.ALL, 30, 3)));
    RecallFlow before = flowOf(platform, parent);

    ok(platform.editFlow(before.id(), build(plan(RecallType.ALL, 30, 1))));

    assertThat(flowOf(platform, parent).nodes().map(RecallNode::id)).containsExactly(before.nodes().head().id());
    assertThat(refused(platform.cancelFlow(new RecallCancellation.FromNode(before.nodes().last().id()))).code())
        .isEqualTo(PlatformCode.DATA_NOT_FOUND);
    platform.advanceUntilIdle();
    assertThat(flowOf(platform, parent).status()).isEqualTo(RecallStatus.COMPLETED);
  }

  @Test
  @DisplayName("a recall child cannot stand for the parent in a cancel by parent task (-24)")
  void cancelByChildTaskIsUnknown() {
    SimulatedPlatform platform = byLastDigit();
    TaskId parent = launch(platform, campaign("child-id", 10).recall(plan(RecallType.ALL, 30, 2)));
    platform.advanceTo(START.plus(Duration.ofHours(1)));
    TaskId child = flowOf(platform, parent).nodes().head().childTask().get();

    assertThat(refused(platform.cancelFlow(new RecallCancellation.WholeFlowOfTask(child))).code())
        .isEqualTo(PlatformCode.DATA_NOT_FOUND);
    assertThat(platform.flowOfTask(child)).isEmpty();
  }

  @Test
  @DisplayName("the list view carries no nodes and the detail no parent task, as on the platform")
  void viewsMatchThePlatform() {
    SimulatedPlatform platform = byLastDigit();
    TaskId parent = launch(platform, campaign("views", 10).recall(plan(RecallType.ALL, 30, 2)));
    RecallFlow full = flowOf(platform, parent);

    RecallFlow listed = ok(platform.queryFlows(io.voicecampaign.domain.recall.RecallFlowQuery.within(
        PlatformFixtures.allTasks().createdWithin(), 10))).records().single();
    RecallFlow detail = ok(platform.flowDetail(full.id()));

    assertThat(listed.nodes()).isEmpty();
    assertThat(listed.parentTask()).contains(parent);
    assertThat(detail.parentTask()).isEmpty();
    assertThat(detail.parentTaskName()).isEmpty();
    assertThat(detail.createdTime()).isEmpty();
    assertThat(detail.nodes()).isEqualTo(full.nodes());
    assertThat(platform.flow(full.id())).contains(full);
  }
}
