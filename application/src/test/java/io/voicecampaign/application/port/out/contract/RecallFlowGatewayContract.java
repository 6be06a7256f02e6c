package io.voicecampaign.application.port.out.contract;

import static io.voicecampaign.application.port.out.contract.ContractFixtures.around;
import static io.voicecampaign.application.port.out.contract.ContractFixtures.build;
import static io.voicecampaign.application.port.out.contract.ContractFixtures.campaign;
import static io.voicecampaign.application.port.out.contract.ContractFixtures.plan;
import static io.voicecampaign.application.port.out.contract.ContractFixtures.rejected;
import static io.voicecampaign.application.port.out.contract.ContractFixtures.success;
import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.RecallFlowGateway;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.recall.RecallFlowQuery;
import io.voicecampaign.domain.recall.RecallNode;
import io.voicecampaign.domain.recall.RecallNodeId;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallStatus;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.voicecampaign.domain.task.TaskStatus;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Stream;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The platform's automatic recall flows as seen through {@link RecallFlowGateway} (tasks are launched
 * through {@link GroupCallGateway}). A subclass supplies, before each test (in its own
 * {@code @BeforeEach}), both gateways to a platform of its own that holds no tasks, and the
 * {@link PlatformControl} of that platform.
 *
 * <p>The plans here wait a whole day between attempts, so that with any sane pace a small task ends
 * long before the next attempt starts: half a day after launch the flow is still pending with its
 * task finished; a day and a half after launch its first attempt has completed and the second is
 * pending. Where the docs are silent the suite pins the simulator's choice: unknown flow, node and
 * parent-task ids answer -24.
 */
public abstract class RecallFlowGatewayContract {

  private static final int DAY_MINUTES = 1440;
  private static final Duration HALF_DAY = Duration.ofHours(12);

  /** A task gateway to this test's platform. */
  protected abstract GroupCallGateway groupCallGateway();

  /** A recall-flow gateway to this test's platform. */
  protected abstract RecallFlowGateway recallFlowGateway();

  /** The control of this test's platform. */
  protected abstract PlatformControl control();

  private TaskId launch(String name, int callees, RecallPlan.Builder plan) {
    return success(groupCallGateway().launch(build(campaign(name, callees).recall(plan))));
  }

  private RecallFlowQuery query(int size) {
    return RecallFlowQuery.within(around(control().now()), size);
  }

  private RecallFlow listedFlowOf(TaskId task) {
    Page<RecallFlow> page = success(recallFlowGateway().queryFlows(query(PageRequest.MAX_SIZE).forTask(task)));
    Seq<RecallFlow> ofTask = page.records().filter(f -> f.parentTask().contains(task));
    assertThat(ofTask).as("flows of task %s", task).hasSize(1);
    return ofTask.head();
  }

  private RecallFlow detail(RecallFlowId id) {
    return success(recallFlowGateway().flowDetail(id));
  }

  private GroupCallTask task(TaskId id) {
    TaskQuery query = TaskQuery.within(around(control().now()), PageRequest.MAX_SIZE);
    return Stream.iterate(1, p -> p + 1)
        .map(p -> success(groupCallGateway().queryTasks(query.withPage(new PageRequest(p, PageRequest.MAX_SIZE)))))
        .takeUntil(page -> page.records().isEmpty())
        .flatMap(Page::records)
        .find(t -> t.id().equals(id))
        .getOrElseThrow(() -> new AssertionError("task " + id + " is not in the task list"));
  }

  @Test
  @DisplayName("A campaign with a recall plan comes with a pending flow that the list shows for its task")
  public void flowComesWithTheCampaign() {
    TaskId task = launch("contract-flow", 10, plan(RecallType.FAILED, 30, 3));

    RecallFlow flow = listedFlowOf(task);

    assertThat(flow.parentTask()).contains(task);
    assertThat(flow.parentTaskName()).contains("contract-flow");
    assertThat(flow.createdTime()).isNotEmpty();
    assertThat(flow.type()).isEqualTo(RecallType.FAILED);
    assertThat(flow.intervalMinutes()).isEqualTo(30);
    assertThat(flow.attempts()).isEqualTo(3);
    assertThat(flow.finishedAttempts()).isZero();
    assertThat(flow.status()).isEqualTo(RecallStatus.PENDING);
    assertThat(flow.nodes()).as("the list reports no nodes").isEmpty();
  }

  @Test
  @DisplayName("A campaign without a plan has no flow")
  public void noPlanNoFlow() {
    TaskId task = success(groupCallGateway().launch(build(campaign("contract-no-plan", 3))));

    Page<RecallFlow> page = success(recallFlowGateway().queryFlows(query(10).forTask(task)));

    assertThat(page.records().filter(f -> f.parentTask().contains(task))).isEmpty();
  }

  @Test
  @DisplayName("The detail holds one pending node per attempt, each with its agent and no child task yet")
  public void detailHasOneNodePerAttempt() {
    TaskId task = launch("contract-detail", 5, plan(RecallType.ALL, 60, 4).agents(51, 52, 53, 54));

    RecallFlow flow = detail(listedFlowOf(task).id());

    assertThat(flow.attempts()).isEqualTo(4);
    assertThat(flow.nodes()).hasSize(4);
    assertThat(flow.nodes().map(RecallNode::status)).containsOnly(RecallStatus.PENDING);
    assertThat(flow.nodes().map(RecallNode::childTask)).containsOnly(Option.none());
    assertThat(flow.agents()).containsExactly(Option.some(AgentId.of(51)), Option.some(AgentId.of(52)),
        Option.some(AgentId.of(53)), Option.some(AgentId.of(54)));
    assertThat(flow.nodes().map(RecallNode::id).distinct()).hasSize(4);
  }

  @Test
  @DisplayName("Without named agents every attempt runs the campaign's agent")
  public void nodesDefaultToTheCampaignAgent() {
    TaskId task = launch("contract-default-agent", 5, plan(RecallType.ALL, 60, 2));

    RecallFlow flow = detail(listedFlowOf(task).id());

    assertThat(flow.agents()).containsOnly(Option.some(AgentId.of(ContractFixtures.AGENT_ID)));
  }

  @Test
  @DisplayName("Attempts run one by one, an interval after the previous task ended, each over the failed callees of the one before")
  public void failedAttemptsRunInTurn() {
    TaskId parent = launch("contract-failed", 30, plan(RecallType.FAILED, DAY_MINUTES, 3));
    RecallFlowId id = listedFlowOf(parent).id();

    control().advance(HALF_DAY);
    assertThat(task(parent).status()).isEqualTo(TaskStatus.FINISHED);
    assertThat(detail(id).status()).as("the flow waits for its interval").isEqualTo(RecallStatus.PENDING);

    control().advance(Duration.ofDays(1));
    RecallFlow running = detail(id);
    assertThat(running.status()).isEqualTo(RecallStatus.IN_PROGRESS);
    assertThat(running.finishedAttempts()).isEqualTo(1);
    assertThat(running.nodes().map(RecallNode::status))
        .containsExactly(RecallStatus.COMPLETED, RecallStatus.PENDING, RecallStatus.PENDING);
    GroupCallTask firstChild = task(running.nodes().get(0).childTask().get());
    assertThat(firstChild.numbers()).as("the first attempt redials the parent's failures").isEqualTo(task(parent).fail());
    assertThat(firstChild.status()).isEqualTo(TaskStatus.FINISHED);

    control().advance(Duration.ofDays(3));
    RecallFlow done = detail(id);
    assertThat(done.status()).isEqualTo(RecallStatus.COMPLETED);
    assertThat(done.finishedAttempts()).isEqualTo(3);
    assertThat(done.nodes().map(RecallNode::status)).containsOnly(RecallStatus.COMPLETED);
    Seq<GroupCallTask> children = done.nodes().map(n -> task(n.childTask().get()));
    assertThat(children.map(GroupCallTask::id).distinct()).hasSize(3);
    assertThat(children.get(1).numbers()).isEqualTo(children.get(0).fail());
    assertThat(children.get(2).numbers()).isEqualTo(children.get(1).fail());
    assertThat(listedFlowOf(parent).finishedAttempts()).isEqualTo(3);
  }

  @Test
  @DisplayName("A recall of all redials every callee of the previous attempt")
  public void recallAllRedialsEveryone() {
    TaskId parent = launch("contract-all", 20, plan(RecallType.ALL, DAY_MINUTES, 1));
    RecallFlowId id = listedFlowOf(parent).id();

    control().advance(Duration.ofDays(3));

    RecallFlow done = detail(id);
    assertThat(done.status()).isEqualTo(RecallStatus.COMPLETED);
    assertThat(task(done.nodes().head().childTask().get()).numbers()).isEqualTo(20);
  }

  @Test
  @DisplayName("A pending flow may be edited: type, interval, attempts and agents change")
  public void editPendingFlow() {
    TaskId task = launch("contract-edit", 5, plan(RecallType.FAILED, 30, 3));
    RecallFlowId id = listedFlowOf(task).id();

    success(recallFlowGateway().editFlow(id, build(plan(RecallType.ALL, 90, 2).agents(77, 78))));

    RecallFlow edited = detail(id);
    assertThat(edited.type()).isEqualTo(RecallType.ALL);
    assertThat(edited.intervalMinutes()).isEqualTo(90);
    assertThat(edited.attempts()).isEqualTo(2);
    assertThat(edited.nodes()).hasSize(2);
    assertThat(edited.agents()).containsExactly(Option.some(AgentId.of(77)), Option.some(AgentId.of(78)));
    assertThat(edited.status()).isEqualTo(RecallStatus.PENDING);
  }

  @Test
  @DisplayName("An edit once the flow has started is refused with -22 and changes nothing")
  public void editStartedFlowIsRefused() {
    TaskId task = launch("contract-edit-late", 5, plan(RecallType.ALL, DAY_MINUTES, 3));
    RecallFlowId id = listedFlowOf(task).id();
    control().advance(HALF_DAY.plus(Duration.ofDays(1)));

    rejected(recallFlowGateway().editFlow(id, build(plan(RecallType.ALL, 30, 1).agents(77))), PlatformCode.PARAMETER_EXCEPTION);
    assertThat(detail(id).attempts()).isEqualTo(3);
  }

  @Test
  @DisplayName("An edit naming no agents is refused before sending, naming the field, and changes nothing")
  public void editWithoutAgentsIsRefused() {
    TaskId task = launch("contract-edit-no-agents", 5, plan(RecallType.FAILED, 30, 3));
    RecallFlowId id = listedFlowOf(task).id();

    assertThat(recallFlowGateway().editFlow(id, build(plan(RecallType.ALL, 90, 2))).getLeft())
        .isInstanceOfSatisfying(GatewayFailure.InvalidRequest.class,
            failure -> assertThat(failure.violations().map(Violation::path)).containsExactly("plan.agents"));
    assertThat(detail(id).attempts()).isEqualTo(3);
  }

  @Test
  @DisplayName("A pending flow cancelled whole by its id: the flow and every node CANCELLED, no attempt runs")
  public void cancelWholeFlowById() {
    TaskId task = launch("contract-cancel-flow", 5, plan(RecallType.ALL, 30, 3));
    RecallFlowId id = listedFlowOf(task).id();

    success(recallFlowGateway().cancelFlow(new RecallCancellation.WholeFlow(id)));
    control().advance(Duration.ofDays(2));

    RecallFlow flow = detail(id);
    assertThat(flow.status()).isEqualTo(RecallStatus.CANCELLED);
    assertThat(flow.nodes().map(RecallNode::status)).containsOnly(RecallStatus.CANCELLED);
    assertThat(flow.nodes().map(RecallNode::childTask)).containsOnly(Option.none());
    assertThat(flow.finishedAttempts()).isZero();
  }

  @Test
  @DisplayName("A pending flow cancelled whole by its parent task id")
  public void cancelWholeFlowByParentTask() {
    TaskId task = launch("contract-cancel-by-task", 5, plan(RecallType.ALL, 30, 2));
    RecallFlowId id = listedFlowOf(task).id();

    success(recallFlowGateway().cancelFlow(new RecallCancellation.WholeFlowOfTask(task)));

    assertThat(detail(id).status()).isEqualTo(RecallStatus.CANCELLED);
  }

  @Test
  @DisplayName("A whole-flow cancel once the flow has started is refused with -22, by id and by parent task")
  public void cancelStartedFlowIsRefused() {
    TaskId task = launch("contract-cancel-late", 5, plan(RecallType.ALL, DAY_MINUTES, 3));
    RecallFlowId id = listedFlowOf(task).id();
    control().advance(HALF_DAY.plus(Duration.ofDays(1)));

    rejected(recallFlowGateway().cancelFlow(new RecallCancellation.WholeFlow(id)), PlatformCode.PARAMETER_EXCEPTION);
    rejected(recallFlowGateway().cancelFlow(new RecallCancellation.WholeFlowOfTask(task)), PlatformCode.PARAMETER_EXCEPTION);
    assertThat(detail(id).status()).isEqualTo(RecallStatus.IN_PROGRESS);
  }

  @Test
  @DisplayName("Cancelling from a pending node cancels it and every later node; the earlier attempts still run")
  public void cancelFromNode() {
    TaskId task = launch("contract-cancel-node", 5, plan(RecallType.ALL, DAY_MINUTES, 3));
    RecallFlowId id = listedFlowOf(task).id();
    control().advance(HALF_DAY.plus(Duration.ofDays(1)));
    RecallNodeId third = detail(id).nodes().get(2).id();

    success(recallFlowGateway().cancelFlow(new RecallCancellation.FromNode(third)));
    RecallFlow after = detail(id);
    assertThat(after.status()).isEqualTo(RecallStatus.IN_PROGRESS);
    assertThat(after.nodes().map(RecallNode::status))
        .containsExactly(RecallStatus.COMPLETED, RecallStatus.PENDING, RecallStatus.CANCELLED);

    control().advance(Duration.ofDays(2));
    RecallFlow done = detail(id);
    assertThat(done.nodes().map(RecallNode::status))
        .containsExactly(RecallStatus.COMPLETED, RecallStatus.COMPLETED, RecallStatus.CANCELLED);
    assertThat(done.finishedAttempts()).isEqualTo(2);
    assertThat(done.status()).as("a flow with a cancelled attempt ends CANCELLED").isEqualTo(RecallStatus.CANCELLED);
  }

  @Test
  @DisplayName("Cancelling from the next pending node leaves nothing to run: the flow is CANCELLED at once")
  public void cancelFromNextNode() {
    TaskId task = launch("contract-cancel-next", 5, plan(RecallType.ALL, DAY_MINUTES, 2));
    RecallFlowId id = listedFlowOf(task).id();
    control().advance(HALF_DAY.plus(Duration.ofDays(1)));

    success(recallFlowGateway().cancelFlow(new RecallCancellation.FromNode(detail(id).nodes().get(1).id())));

    RecallFlow flow = detail(id);
    assertThat(flow.status()).isEqualTo(RecallStatus.CANCELLED);
    assertThat(flow.finishedAttempts()).isEqualTo(1);
  }

  @Test
  @DisplayName("Cancelling from a node that is not pending is refused with -22")
  public void cancelFromCompletedNodeIsRefused() {
    TaskId task = launch("contract-cancel-done-node", 5, plan(RecallType.ALL, DAY_MINUTES, 2));
    RecallFlowId id = listedFlowOf(task).id();
    control().advance(HALF_DAY.plus(Duration.ofDays(1)));

    RecallNodeId completed = detail(id).nodes().get(0).id();

    rejected(recallFlowGateway().cancelFlow(new RecallCancellation.FromNode(completed)), PlatformCode.PARAMETER_EXCEPTION);
  }

  @Test
  @DisplayName("Unknown flow, node and parent-task ids are refused with -24")
  public void unknownIds() {
    launch("contract-unknown", 2, plan(RecallType.ALL, 30, 1));
    RecallFlowId noFlow = RecallFlowId.of(987_654_321L);

    rejected(recallFlowGateway().flowDetail(noFlow), PlatformCode.DATA_NOT_FOUND);
    rejected(recallFlowGateway().editFlow(noFlow, build(plan(RecallType.ALL, 30, 1).agents(77))), PlatformCode.DATA_NOT_FOUND);
    rejected(recallFlowGateway().cancelFlow(new RecallCancellation.WholeFlow(noFlow)), PlatformCode.DATA_NOT_FOUND);
    rejected(recallFlowGateway().cancelFlow(new RecallCancellation.WholeFlowOfTask(TaskId.of(987_654_321L))),
        PlatformCode.DATA_NOT_FOUND);
    rejected(recallFlowGateway().cancelFlow(new RecallCancellation.FromNode(RecallNodeId.of(987_654_321L))),
        PlatformCode.DATA_NOT_FOUND);
  }

  @Test
  @DisplayName("Cancelling by parent task refuses a task without a plan with -24")
  public void cancelByTaskWithoutFlow() {
    TaskId task = success(groupCallGateway().launch(build(campaign("contract-no-flow", 2))));

    rejected(recallFlowGateway().cancelFlow(new RecallCancellation.WholeFlowOfTask(task)), PlatformCode.DATA_NOT_FOUND);
  }

  @Test
  @DisplayName("Flow pages: newest first, total and page count over every match, an empty page past the last")
  public void flowPaging() {
    Seq<TaskId> parents = List.empty();
    for (int i = 1; i <= 5; i++) {
      parents = parents.append(launch("contract-flow-page-" + i, 1, plan(RecallType.ALL, 30, 1)));
      control().advance(Duration.ofMinutes(1));
    }
    success(groupCallGateway().launch(build(campaign("contract-flow-page-none", 1))));

    Page<RecallFlow> first = success(recallFlowGateway().queryFlows(query(2)));
    Page<RecallFlow> last = success(recallFlowGateway().queryFlows(query(2).withPage(new PageRequest(3, 2))));
    Page<RecallFlow> beyond = success(recallFlowGateway().queryFlows(query(2).withPage(new PageRequest(4, 2))));

    assertThat(first.total()).isEqualTo(5);
    assertThat(first.pages()).isEqualTo(3);
    assertThat(first.records().map(f -> f.parentTask().get())).containsExactlyElementsOf(parents.reverse().take(2));
    assertThat(last.records().map(f -> f.parentTask().get())).containsExactly(parents.head());
    assertThat(beyond.records()).isEmpty();
    assertThat(beyond.total()).isEqualTo(5);
  }

  @Test
  @DisplayName("The flow search matches any part of the parent task's name, or its id exactly")
  public void flowSearch() {
    TaskId renewals = launch("renewals-north", 1, plan(RecallType.ALL, 30, 1));
    TaskId other = launch("reminders-south", 1, plan(RecallType.ALL, 30, 1));

    Page<RecallFlow> byName = success(recallFlowGateway().queryFlows(query(10).withTaskName("newals")));
    Page<RecallFlow> byId = success(recallFlowGateway().queryFlows(query(10).forTask(other)));

    assertThat(byName.records().map(f -> f.parentTask().get())).containsExactly(renewals);
    assertThat(byId.records().map(f -> f.parentTask().get())).contains(other).doesNotContain(renewals);
  }

  @Test
  @DisplayName("The flow list's time range selects flows by creation time")
  public void flowTimeRange() {
    Instant first = control().now();
    TaskId early = launch("contract-flow-early", 1, plan(RecallType.ALL, 30, 1));
    control().advance(Duration.ofHours(3));
    launch("contract-flow-late", 1, plan(RecallType.ALL, 30, 1));

    Page<RecallFlow> page = success(recallFlowGateway().queryFlows(RecallFlowQuery.within(
        TimeRange.between(first.minus(Duration.ofMinutes(5)), first.plus(Duration.ofHours(1))),
        10)));

    assertThat(page.records().map(f -> f.parentTask().get())).containsExactly(early);
  }
}
