package io.voicecampaign.adapter.fake.platform;

import io.voicecampaign.domain.campaign.Callee;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallNode;
import io.voicecampaign.domain.recall.RecallRejection;
import io.voicecampaign.domain.recall.RecallSelection;
import io.voicecampaign.domain.shared.Done;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskStatus;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Moves tasks through their statuses and flows through their attempts as virtual time passes: a
 * task starts calling, finishes or is cancelled; a flow's next attempt starts its interval after the
 * previous task ended, over the callees the domain's {@link RecallSelection} picks; the calls are
 * reported through the {@link CallReporter}. Flow states move
 * only through the domain's {@link RecallFlow} rules, a task's cancel only through
 * {@link TaskStatus#cancel()}. Guarded by the platform's lock.
 */
final class TaskLifecycle {

  private final PlatformState state;
  private final Timeline timeline;
  private final CallReporter reporter;

  TaskLifecycle(PlatformState state, Timeline timeline, CallReporter reporter) {
    this.state = state;
    this.timeline = timeline;
    this.reporter = reporter;
  }

  /** Runs every event due by the clock's instant, in order. */
  void catchUp() {
    long now = state.clock.millis();
    while (timeline.hasDue(now)) {
      run(timeline.take());
    }
  }

  private void run(Event event) {
    switch (event.kind) {
      case START_TASK:
        startTask(event.task, event.at);
        break;
      case FINISH_TASK:
        finishTask(event.task, event.at);
        break;
      case START_NODE:
        startNode(event.flow, event.version, event.at);
        break;
      case RELEASE_REPORTS:
        reporter.release(event.task, event.at);
        break;
      default:
        throw new IllegalStateException("unknown event " + event.kind);
    }
  }

  /** Counts the task as unfinished and schedules its first call for the first calling time from {@code startAt}. */
  void accept(TaskState task, long startAt) {
    state.unfinishedTasks++;
    task.callStart = task.calendar.firstOpen(startAt);
    timeline.schedule(task.callStart, Event.Kind.START_TASK, task, null, 0);
  }

  /**
   * Cancels tasks, all or nothing: -22 for an empty list, -24 naming unknown ids, -22 naming tasks the
   * domain's rule refuses to cancel (they ended); a task cancelled already stays so.
   */
  Reply<Done> cancel(Seq<TaskId> ids) {
    if (ids.isEmpty()) {
      return Reply.refused(PlatformCode.PARAMETER_EXCEPTION,
          Violation.of("taskIdList", "[]", "must name at least one task").toString());
    }
    Seq<TaskId> unknown = ids.filter(id -> !state.tasksById.containsKey(id.value()));
    if (!unknown.isEmpty()) {
      return Reply.refused(PlatformCode.DATA_NOT_FOUND, "no task with id " + unknown.mkString(", "));
    }
    Seq<TaskState> targets = ids.distinct().map(id -> state.tasksById.get(id.value()));
    Seq<String> refusals = targets.flatMap(t -> t.status.cancel().swap().map(why -> "task " + t.id + ": " + why));
    if (!refusals.isEmpty()) {
      return Reply.refused(PlatformCode.PARAMETER_EXCEPTION, refusals.mkString("; "));
    }
    long now = state.clock.millis();
    targets.filter(t -> !t.status.equals(TaskStatus.CANCELLED)).forEach(t -> end(t, now, t.status.cancel().get()));
    return Reply.ok(Done.DONE);
  }

  private void startTask(TaskState task, long at) {
    if (!task.status.equals(TaskStatus.WAITING_TO_SUBMIT)) {
      return;
    }
    if (state.submissionsToFail > 0) {
      state.submissionsToFail--;
      end(task, at, TaskStatus.SUBMIT_FAILED);
      return;
    }
    task.status = TaskStatus.CALLING;
    task.finishAt = task.calendar.afterActive(task.callStart, task.activeNeeded());
    timeline.schedule(task.finishAt, Event.Kind.FINISH_TASK, task, null, 0);
    reporter.callingStarted(task, at);
  }

  private void finishTask(TaskState task, long at) {
    if (task.status.equals(TaskStatus.CALLING)) {
      end(task, at, TaskStatus.FINISHED);
    }
  }

  private void end(TaskState task, long at, TaskStatus status) {
    task.freeze(at, status);
    state.unfinishedTasks--;
    reporter.ended(task, at);
    onEnded(task, at);
  }

  /**
   * Moves the task's flow on after the task ended. A launched task that finished lets its flow's
   * first attempt start after the interval; one that was cancelled cancels its pending flow; one
   * whose submission failed ends its flow in an execution exception. A recall child that finished
   * completes its node; one that was cancelled completes its node with the calls it made and cancels
   * the attempts after it; one whose submission failed fails its node.
   */
  private void onEnded(TaskState task, long at) {
    FlowState flow = task.flow;
    if (flow == null) {
      return;
    }
    if (task.node == null) {
      if (!flow.flow.isPending()) {
        return;
      }
      if (task.status.equals(TaskStatus.FINISHED)) {
        readyForNextNode(flow, task, at);
      } else if (task.status.equals(TaskStatus.CANCELLED)) {
        flow.flow = expect(flow.flow.cancel());
        flow.version++;
      } else {
        flow.flow = expect(flow.flow.failNode(flow.flow.nextPendingNode().get().id()));
        flow.version++;
      }
      return;
    }
    if (task.status.equals(TaskStatus.SUBMIT_FAILED)) {
      flow.flow = expect(flow.flow.failNode(task.node));
      flow.version++;
      return;
    }
    flow.flow = expect(flow.flow.completeNode(task.node));
    Option<RecallNode> next = flow.flow.nextPendingNode();
    if (next.isEmpty() || flow.flow.status().isTerminal()) {
      return;
    }
    if (task.status.equals(TaskStatus.CANCELLED)) {
      flow.flow = expect(flow.flow.cancelFrom(next.get().id()));
      flow.version++;
    } else {
      readyForNextNode(flow, task, at);
    }
  }

  private void readyForNextNode(FlowState flow, TaskState ended, long at) {
    flow.lastTask = ended;
    flow.readyAt = at;
    flow.version++;
    timeline.schedule(at + flow.flow.intervalMinutes() * 60_000L, Event.Kind.START_NODE, null, flow, flow.version);
  }

  /** Schedules the flow's next attempt again after its plan changed, its interval counted from when it became ready. */
  void rescheduleNextNode(FlowState flow) {
    flow.version++;
    if (flow.lastTask != null) {
      long at = Math.max(state.clock.millis(), flow.readyAt + flow.flow.intervalMinutes() * 60_000L);
      timeline.schedule(at, Event.Kind.START_NODE, null, flow, flow.version);
    }
  }

  private void startNode(FlowState flow, long version, long at) {
    if (version != flow.version || flow.flow.status().isTerminal()) {
      return;
    }
    Option<RecallNode> next = flow.flow.nextPendingNode();
    if (next.isEmpty()) {
      return;
    }
    RecallNode node = next.get();
    int attempt = flow.flow.nodes().indexOf(node) + 1;
    TaskState parent = flow.parent;
    Callee[] selected = select(flow.lastTask, flow.selection);
    TaskState child = state.newTask(parent.name + "-recall-" + attempt, ListingViews.truncateToSeconds(at),
        parent.appIndex, node.agentId().getOrElse(parent.campaign.agent()), selected, attempt, parent.campaign, node.id());
    child.flow = flow;
    flow.flow = expect(flow.flow.startNextNode(child.id));
    if (selected.length == 0) {
      // nothing to redial: the attempt runs an empty child task that finishes at once
      child.freeze(at, TaskStatus.FINISHED);
      onEnded(child, at);
    } else {
      accept(child, at + state.options.submitDelay().toMillis());
    }
  }

  /** The callees of the previous attempt that {@code selection} redials, in their order. */
  private static Callee[] select(TaskState previous, RecallSelection selection) {
    if (selection.redialsEveryone()) {
      return previous.callees;
    }
    int calls = previous.drawn();
    boolean[] chosen = new boolean[calls];
    int count = 0;
    for (int i = 0; i < calls; i++) {
      var outcome = previous.outcome(i);
      if (selection.redials(outcome.isSuccess(), outcome.intent())) {
        chosen[i] = true;
        count++;
      }
    }
    Callee[] selected = new Callee[count];
    for (int i = 0, j = 0; i < calls; i++) {
      if (chosen[i]) {
        selected[j++] = previous.callees[i];
      }
    }
    return selected;
  }

  private static RecallFlow expect(Either<RecallRejection, RecallFlow> moved) {
    if (moved.isLeft()) {
      throw new IllegalStateException("the simulation broke a recall-flow rule: " + moved.getLeft().message());
    }
    return moved.get();
  }
}
