package io.voicecampaign.domain.recall;

import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A recall flow as the platform reports it, with the rules that say what may be done to it.
 *
 * <p>The platform owns the state: lists report the parent task but no nodes, details report nodes but
 * no parent task, so those parts are optional. The rule methods return the flow as it will be after
 * the operation, or the {@link RecallRejection} that forbids it; the SDK checks them before it sends
 * anything, and the in-memory simulator moves its state only through them.
 *
 * @param id               the flow's primary key ({@code keyId})
 * @param parentTask       the parent task ({@code taskId}), when reported
 * @param parentTaskName   the parent task's name, when reported
 * @param createdTime      when the flow was created ({@code createTime}), when reported
 * @param type             whom each attempt dials
 * @param intervalMinutes  minutes between attempts
 * @param attempts         how many attempts the flow makes ({@code recallNum})
 * @param finishedAttempts how many attempts have finished ({@code finishNum})
 * @param status           the flow's status
 * @param nodes            one node per attempt, in order; empty when the platform did not report them
 */
public record RecallFlow(
    RecallFlowId id,
    Option<TaskId> parentTask,
    Option<String> parentTaskName,
    Option<Instant> createdTime,
    RecallType type,
    int intervalMinutes,
    int attempts,
    int finishedAttempts,
    RecallStatus status,
    Seq<RecallNode> nodes) {

  public RecallFlow {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(parentTask, "parentTask == null");
    Objects.requireNonNull(parentTaskName, "parentTaskName == null");
    Objects.requireNonNull(createdTime, "createdTime == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(nodes, "nodes == null");
  }

  /**
   * A new pending flow for {@code plan} (with its agents resolved), one pending node per attempt.
   *
   * @param nodeIds supplies the id of each new node
   */
  public static RecallFlow start(
      RecallFlowId id, TaskId parentTask, String parentTaskName, Instant createdTime, RecallPlan plan, LongSupplier nodeIds) {
    return new RecallFlow(id, Option.of(parentTask), Option.of(parentTaskName), Option.of(createdTime), plan.type(),
        plan.intervalMinutes(), plan.attempts(), 0, RecallStatus.PENDING, nodesFor(plan, nodeIds));
  }

  private static Seq<RecallNode> nodesFor(RecallPlan plan, LongSupplier nodeIds) {
    return List.range(0, plan.attempts()).map(i -> new RecallNode(RecallNodeId.of(nodeIds.getAsLong()), Option.none(),
        RecallStatus.PENDING, plan.agents().isEmpty() ? Option.none() : Option.of(plan.agents().get(i))));
  }

  /** True while the whole flow has not started. */
  public boolean isPending() {
    return status.equals(RecallStatus.PENDING);
  }

  /** The first node that has not started, if any. */
  public Option<RecallNode> nextPendingNode() {
    return nodes.find(RecallNode::isPending);
  }

  /** The node with {@code nodeId}, if the flow has it. */
  public Option<RecallNode> node(RecallNodeId nodeId) {
    return nodes.find(n -> n.id().equals(nodeId));
  }

  /** The flow, if it may be edited (only while pending). */
  public Either<RecallRejection, RecallFlow> checkEditable() {
    return isPending() ? Either.right(this) : Either.left(new RecallRejection.FlowNotPending(id, status, "edit"));
  }

  /** The flow, if it may be cancelled whole (only while pending). */
  public Either<RecallRejection, RecallFlow> checkCancellable() {
    return isPending() ? Either.right(this) : Either.left(new RecallRejection.FlowNotPending(id, status, "cancel"));
  }

  /**
   * The flow after an edit to {@code plan}: type, interval and attempts change; with agents named,
   * each attempt's node takes its agent (new nodes get ids from {@code nodeIds}, surplus nodes go);
   * with none, the existing nodes stay and missing ones are added without an agent.
   */
  public Either<RecallRejection, RecallFlow> edit(RecallPlan plan, LongSupplier nodeIds) {
    return checkEditable().map(flow -> {
      Seq<RecallNode> kept = nodes.take(plan.attempts());
      Seq<RecallNode> added = List.range(kept.size(), plan.attempts())
          .map(i -> new RecallNode(RecallNodeId.of(nodeIds.getAsLong()), Option.none(), RecallStatus.PENDING, Option.none()));
      Seq<RecallNode> all = kept.appendAll(added);
      Seq<RecallNode> withAgents = plan.agents().isEmpty()
          ? all
          : all.zipWith(plan.agents(), (node, agent) -> new RecallNode(node.id(), node.childTask(), node.status(), Option.of(agent)));
      return new RecallFlow(id, parentTask, parentTaskName, createdTime, plan.type(), plan.intervalMinutes(),
          plan.attempts(), finishedAttempts, status, withAgents);
    });
  }

  /**
   * {@code plan} with one agent per attempt, as an edit sends it: the plan's own agents when it names
   * them; otherwise each attempt keeps the agent its node reports, and an attempt without one (a node
   * added by the edit, or one the platform reports no agent for) runs the flow's first reported agent,
   * which is the campaign's agent when the flow was launched with the default.
   *
   * @return the plan, or a violation at {@code path} when the flow reports no agent to run
   */
  public Validation<Violation, RecallPlan> withAgentsFor(RecallPlan plan, String path) {
    if (!plan.agents().isEmpty()) {
      return Validation.valid(plan);
    }
    Seq<Option<AgentId>> reported = agents();
    Option<AgentId> first = reported.find(Option::isDefined).flatMap(agent -> agent);
    if (first.isEmpty()) {
      return Validation.invalid(Violation.of(path, "none", "must name one agent per attempt: the flow reports no agent to keep"));
    }
    Seq<AgentId> each = List.range(0, plan.attempts())
        .map(i -> i < reported.size() ? reported.get(i).getOrElse(first.get()) : first.get());
    return Validation.valid(new RecallPlan(plan.type(), plan.intervalMinutes(), plan.attempts(), plan.intents(), each));
  }

  /** The flow after a whole-flow cancel (types 1 and 2): every node and the flow CANCELLED. */
  public Either<RecallRejection, RecallFlow> cancel() {
    return checkCancellable().map(flow -> withStatus(RecallStatus.CANCELLED)
        .withNodes(nodes.map(n -> n.isPending() ? n.withStatus(RecallStatus.CANCELLED) : n)));
  }

  /**
   * The flow after a cancel from {@code nodeId} on (type 3): that node and every later pending node
   * are CANCELLED. Allowed only while that node is pending. When no node is left running or pending
   * the flow itself becomes CANCELLED (unless it has already ended: a final status stays); otherwise
   * it goes on with the earlier attempts.
   */
  public Either<RecallRejection, RecallFlow> cancelFrom(RecallNodeId nodeId) {
    int index = nodes.indexWhere(n -> n.id().equals(nodeId));
    if (index < 0) {
      return Either.left(new RecallRejection.NodeNotFound(id, nodeId));
    }
    RecallNode node = nodes.get(index);
    if (!node.isPending()) {
      return Either.left(new RecallRejection.NodeNotPending(id, nodeId, node.status()));
    }
    Seq<RecallNode> after = nodes.zipWithIndex()
        .map(t -> t._2 >= index && t._1.isPending() ? t._1.withStatus(RecallStatus.CANCELLED) : t._1);
    RecallFlow cancelled = withNodes(after);
    boolean anyLeft = after.exists(n -> n.isPending() || n.status().equals(RecallStatus.IN_PROGRESS));
    return Either.right(anyLeft || !status.canMoveTo(RecallStatus.CANCELLED) ? cancelled : cancelled.withStatus(RecallStatus.CANCELLED));
  }

  /**
   * True when the flow, as read, shows {@code cancellation} applied: a whole-flow cancel left the flow
   * CANCELLED; a cancel from a node left that node and every later one not pending. A read after a
   * cancel whose answer was lost tells by this whether the cancel took effect.
   */
  public boolean shows(RecallCancellation cancellation) {
    Objects.requireNonNull(cancellation, "cancellation == null");
    if (cancellation instanceof RecallCancellation.FromNode fromNode) {
      int index = nodes.indexWhere(n -> n.id().equals(fromNode.nodeId()));
      return index >= 0 && nodes.get(index).status().equals(RecallStatus.CANCELLED)
          && nodes.drop(index + 1).forAll(n -> !n.isPending());
    }
    return status.equals(RecallStatus.CANCELLED);
  }

  /**
   * How to cancel what remains: the whole flow while it is pending, otherwise from the next pending
   * node; a rejection when nothing is left.
   */
  public Either<RecallRejection, RecallCancellation> remainingCancellation() {
    if (isPending()) {
      return Either.right(new RecallCancellation.WholeFlow(id));
    }
    if (status.equals(RecallStatus.IN_PROGRESS)) {
      Option<RecallNode> next = nextPendingNode();
      if (next.isDefined()) {
        return Either.right(new RecallCancellation.FromNode(next.get().id()));
      }
    }
    return Either.left(new RecallRejection.NothingLeftToCancel(id, status));
  }

  /**
   * The flow after {@code cancellation}, checked against the rules.
   *
   * @throws IllegalArgumentException when a whole-flow cancellation names another flow or another
   *     parent task: applying it here would be a programming error
   */
  public Either<RecallRejection, RecallFlow> apply(RecallCancellation cancellation) {
    Objects.requireNonNull(cancellation, "cancellation == null");
    if (cancellation instanceof RecallCancellation.FromNode fromNode) {
      return cancelFrom(fromNode.nodeId());
    }
    if (cancellation instanceof RecallCancellation.WholeFlow whole && !whole.flowId().equals(id)) {
      throw new IllegalArgumentException("cancellation of recall flow " + whole.flowId() + " applied to recall flow " + id);
    }
    if (cancellation instanceof RecallCancellation.WholeFlowOfTask ofTask
        && parentTask.exists(task -> !task.equals(ofTask.parentTask()))) {
      throw new IllegalArgumentException(
          "cancellation of the flow of task " + ofTask.parentTask() + " applied to the flow of task " + parentTask.get());
    }
    return cancel();
  }

  /**
   * The flow after its next pending node starts, running {@code childTask}; the flow becomes
   * IN_PROGRESS. Attempts run one at a time: refused while another node is still in progress.
   */
  public Either<RecallRejection, RecallFlow> startNextNode(TaskId childTask) {
    Objects.requireNonNull(childTask, "childTask == null");
    Option<RecallNode> running = nodes.find(n -> n.status().equals(RecallStatus.IN_PROGRESS));
    if (running.isDefined()) {
      return Either.left(new RecallRejection.IllegalTransition(
          "recall flow " + id + " (node " + running.get().id() + " is still in progress)", status, RecallStatus.IN_PROGRESS));
    }
    Option<RecallNode> next = nextPendingNode();
    if (next.isEmpty()) {
      return Either.left(new RecallRejection.IllegalTransition("recall flow " + id + " (no pending node left)", status, RecallStatus.IN_PROGRESS));
    }
    return moveFlow(RecallStatus.IN_PROGRESS, true).flatMap(flow -> flow.moveNode(next.get().id(), RecallStatus.IN_PROGRESS)
        .map(f -> f.withNodes(f.nodes.map(n -> n.id().equals(next.get().id()) ? n.withChildTask(childTask) : n))));
  }

  /**
   * The flow after the running node {@code nodeId} completes: the finished count grows; when no node
   * is pending any more the flow is COMPLETED (every node completed) or CANCELLED (some were cancelled).
   */
  public Either<RecallRejection, RecallFlow> completeNode(RecallNodeId nodeId) {
    return moveNode(nodeId, RecallStatus.COMPLETED).map(flow -> {
      RecallFlow counted = new RecallFlow(id, parentTask, parentTaskName, createdTime, type, intervalMinutes, attempts,
          finishedAttempts + 1, status, flow.nodes);
      if (counted.nextPendingNode().isDefined()) {
        return counted;
      }
      boolean allCompleted = counted.nodes.forAll(n -> n.status().equals(RecallStatus.COMPLETED));
      return counted.withStatus(allCompleted ? RecallStatus.COMPLETED : RecallStatus.CANCELLED);
    });
  }

  /** The flow after the running node {@code nodeId} fails: node and flow move to EXECUTION_EXCEPTION. */
  public Either<RecallRejection, RecallFlow> failNode(RecallNodeId nodeId) {
    return moveNode(nodeId, RecallStatus.EXECUTION_EXCEPTION)
        .flatMap(flow -> flow.moveFlow(RecallStatus.EXECUTION_EXCEPTION, false));
  }

  private Either<RecallRejection, RecallFlow> moveFlow(RecallStatus next, boolean stayAllowed) {
    if (stayAllowed && status.equals(next)) {
      return Either.right(this);
    }
    return status.canMoveTo(next)
        ? Either.right(withStatus(next))
        : Either.left(new RecallRejection.IllegalTransition("recall flow " + id, status, next));
  }

  private Either<RecallRejection, RecallFlow> moveNode(RecallNodeId nodeId, RecallStatus next) {
    Option<RecallNode> node = node(nodeId);
    if (node.isEmpty()) {
      return Either.left(new RecallRejection.NodeNotFound(id, nodeId));
    }
    if (!node.get().status().canMoveTo(next)) {
      return Either.left(new RecallRejection.IllegalTransition("node " + nodeId, node.get().status(), next));
    }
    return Either.right(withNodes(nodes.map(n -> n.id().equals(nodeId) ? n.withStatus(next) : n)));
  }

  /** The agents of the flow's attempts, in order, where reported. */
  public Seq<Option<AgentId>> agents() {
    return nodes.map(RecallNode::agentId);
  }

  private RecallFlow withStatus(RecallStatus next) {
    return new RecallFlow(id, parentTask, parentTaskName, createdTime, type, intervalMinutes, attempts, finishedAttempts, next, nodes);
  }

  private RecallFlow withNodes(Seq<RecallNode> next) {
    return new RecallFlow(id, parentTask, parentTaskName, createdTime, type, intervalMinutes, attempts, finishedAttempts, status, next);
  }
}
