package io.voicecampaign.adapter.fake.platform;

import io.voicecampaign.adapter.fake.clock.VirtualClock;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.campaign.Callee;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.recall.RecallFlowQuery;
import io.voicecampaign.domain.recall.RecallNode;
import io.voicecampaign.domain.recall.RecallNodeId;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallRejection;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.shared.AppId;
import io.voicecampaign.domain.shared.Done;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.voicecampaign.domain.task.TaskStatus;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The simulation's state and rules. Not thread-safe: {@link SimulatedPlatform} calls it under its
 * lock. Every operation first runs the events that fell due by the clock, in time order, so state is
 * always as of the clock's instant, however far it was advanced.
 */
final class Simulation {

  static final long FIRST_TASK_ID = 5_000_001L;
  static final long FIRST_FLOW_ID = 1_001L;
  static final long FIRST_NODE_ID = 1_000_001L;
  private static final int DOCUMENTED_STATUSES = TaskStatus.documented().size();

  private final long seed;
  private final PlatformOptions options;
  private final VirtualClock clock;
  private int concurrentTaskLimit;
  private long listingDelayMillis;
  private int unfinishedTasks;
  private int submissionsToFail;

  private final ArrayList<TaskState> tasks = new ArrayList<>();
  private final Map<Long, TaskState> tasksById = new HashMap<>();
  private final Set<String> names = new HashSet<>();
  private final ArrayList<FlowState> flows = new ArrayList<>();
  private final Map<Long, FlowState> flowsById = new HashMap<>();
  private final Map<Long, FlowState> flowsByNode = new HashMap<>();
  private final Map<AppId, Integer> appIndexes = new HashMap<>();
  private final PriorityQueue<Event> events = new PriorityQueue<>();

  private long nextTaskId = FIRST_TASK_ID;
  private long nextFlowId = FIRST_FLOW_ID;
  private long nextNodeId = FIRST_NODE_ID;
  private long nextSequence;
  private final LongSupplier nodeIds = () -> nextNodeId++;

  Simulation(long seed, VirtualClock clock, PlatformOptions options) {
    this.seed = seed;
    this.clock = clock;
    this.options = options;
    this.concurrentTaskLimit = options.concurrentTaskLimit();
  }

  // ---- time ----

  /** Runs every event due by the clock's instant, in order. */
  void catchUp() {
    long now = clock.millis();
    while (!events.isEmpty() && events.peek().at <= now) {
      run(events.poll());
    }
  }

  /** The instant of the next scheduled event, if any. */
  Option<Long> nextEventAt() {
    return events.isEmpty() ? Option.none() : Option.some(events.peek().at);
  }

  private void schedule(long at, Event.Kind kind, TaskState task, FlowState flow, long version) {
    events.add(new Event(at, nextSequence++, kind, task, flow, version));
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
      default:
        throw new IllegalStateException("unknown event " + event.kind);
    }
  }

  // ---- launch ----

  Reply<TaskId> launch(AgentCampaign campaign) {
    long now = clock.millis();
    Seq<Violation> problems = launchProblems(campaign, now);
    if (!problems.isEmpty()) {
      return Reply.refused(PlatformCode.PARAMETER_EXCEPTION, problems.mkString("; "));
    }
    Seq<AgentId> unknownAgents = unknownAgents(campaign);
    if (!unknownAgents.isEmpty()) {
      return Reply.refused(PlatformCode.TEMPLATE_NOT_FOUND,
          "the AI speech template does not exist: agent " + unknownAgents.mkString(", "));
    }
    String name = campaign.taskName().value();
    if (names.contains(name)) {
      return Reply.refused(PlatformCode.TASK_NAME_EXISTS, "task name already exists: '" + name + "'");
    }
    if (unfinishedTasks >= concurrentTaskLimit) {
      return Reply.refused(PlatformCode.CONCURRENT_TASK_LIMIT, "the group call task you submitted exceeds the maximum "
          + "concurrent task limit (" + concurrentTaskLimit + "); complete a task before submitting again");
    }
    long created = truncateToSeconds(now);
    Campaign settings = new Campaign(CallingCalendar.of(campaign.callWindows(), options.zone()),
        campaign.calloutRate().multiplier(), campaign.agentId());
    TaskState task = newTask(name, created, appIndex(campaign.appId()), campaign.agentId(),
        campaign.callees().toJavaArray(Callee[]::new), 0, settings, null);
    long startAt = Math.max(now + options.submitDelay().toMillis(),
        campaign.sendTime().map(Instant::toEpochMilli).getOrElse(now));
    accept(task, startAt);
    if (campaign.recallPlan().isDefined()) {
      RecallPlan plan = campaign.recallPlan().get().withDefaultAgent(campaign.agentId());
      RecallFlow flow = RecallFlow.start(RecallFlowId.of(nextFlowId++), task.id, name, Instant.ofEpochMilli(created),
          plan, nodeIds);
      FlowState state = new FlowState(task, flow, plan.intents());
      task.flow = state;
      flows.add(state);
      flowsById.put(flow.id().value(), state);
      flow.nodes().forEach(node -> flowsByNode.put(node.id().value(), state));
    }
    return Reply.ok(task.id);
  }

  private Seq<Violation> launchProblems(AgentCampaign campaign, long now) {
    // callee count, distinct numbers and the window limit are guaranteed by AgentCampaign itself
    List<Violation> problems = List.empty();
    if (campaign.sendTime().isDefined() && campaign.sendTime().get().toEpochMilli() < truncateToSeconds(now)) {
      problems = problems.append(Violation.of("sendTime", campaign.sendTime().get(),
          "must not be in the past (the platform's time is " + Instant.ofEpochMilli(now) + "); pass null to call now"));
    }
    if (!options.knownApps().isEmpty() && !options.knownApps().contains(campaign.appId())) {
      problems = problems.append(Violation.of("appId", campaign.appId(), "must be an application of this account"));
    }
    return problems;
  }

  private Seq<AgentId> unknownAgents(AgentCampaign campaign) {
    if (options.knownAgents().isEmpty()) {
      return List.empty();
    }
    Seq<AgentId> named = List.of(campaign.agentId())
        .appendAll(campaign.recallPlan().map(RecallPlan::agents).getOrElse(List.empty()));
    return named.distinct().filter(agent -> !options.knownAgents().contains(agent));
  }

  private TaskState newTask(String name, long created, int appIndex, AgentId agent, Callee[] callees, int attempt,
      Campaign settings, RecallNodeId node) {
    TaskState task = new TaskState(TaskId.of(nextTaskId++), name, created, appIndex, agent, callees, attempt, settings,
        node, options.outcomeModel(), seed, options.callsPerMinute());
    tasks.add(task);
    tasksById.put(task.id.value(), task);
    names.add(name);
    return task;
  }

  /** Counts the task as unfinished and schedules its first call for the first calling time from {@code startAt}. */
  private void accept(TaskState task, long startAt) {
    unfinishedTasks++;
    task.callStart = task.calendar.firstOpen(startAt);
    schedule(task.callStart, Event.Kind.START_TASK, task, null, 0);
  }

  private int appIndex(AppId app) {
    return appIndexes.computeIfAbsent(app, ignored -> appIndexes.size() + 1);
  }

  Option<Long> appIndexOf(AppId app) {
    return Option.of(appIndexes.get(app)).map(Integer::longValue);
  }

  // ---- task lifecycle ----

  private void startTask(TaskState task, long at) {
    if (!task.status.equals(TaskStatus.WAITING_TO_SUBMIT)) {
      return;
    }
    if (submissionsToFail > 0) {
      submissionsToFail--;
      end(task, at, TaskStatus.SUBMIT_FAILED);
      return;
    }
    task.status = TaskStatus.CALLING;
    task.finishAt = task.calendar.afterActive(task.callStart, task.activeNeeded());
    schedule(task.finishAt, Event.Kind.FINISH_TASK, task, null, 0);
  }

  private void finishTask(TaskState task, long at) {
    if (task.status.equals(TaskStatus.CALLING)) {
      end(task, at, TaskStatus.FINISHED);
    }
  }

  private void end(TaskState task, long at, TaskStatus status) {
    task.freeze(at, status);
    unfinishedTasks--;
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
    FlowState state = task.flow;
    if (state == null) {
      return;
    }
    if (task.node == null) {
      if (!state.flow.isPending()) {
        return;
      }
      if (task.status.equals(TaskStatus.FINISHED)) {
        readyForNextNode(state, task, at);
      } else if (task.status.equals(TaskStatus.CANCELLED)) {
        state.flow = expect(state.flow.cancel());
        state.version++;
      } else {
        state.flow = expect(state.flow.failNode(state.flow.nextPendingNode().get().id()));
        state.version++;
      }
      return;
    }
    if (task.status.equals(TaskStatus.SUBMIT_FAILED)) {
      state.flow = expect(state.flow.failNode(task.node));
      state.version++;
      return;
    }
    state.flow = expect(state.flow.completeNode(task.node));
    Option<RecallNode> next = state.flow.nextPendingNode();
    if (next.isEmpty() || state.flow.status().isTerminal()) {
      return;
    }
    if (task.status.equals(TaskStatus.CANCELLED)) {
      state.flow = expect(state.flow.cancelFrom(next.get().id()));
      state.version++;
    } else {
      readyForNextNode(state, task, at);
    }
  }

  private void readyForNextNode(FlowState state, TaskState ended, long at) {
    state.lastTask = ended;
    state.readyAt = at;
    state.version++;
    schedule(at + state.flow.intervalMinutes() * 60_000L, Event.Kind.START_NODE, null, state, state.version);
  }

  private void startNode(FlowState state, long version, long at) {
    if (version != state.version || state.flow.status().isTerminal()) {
      return;
    }
    Option<RecallNode> next = state.flow.nextPendingNode();
    if (next.isEmpty()) {
      return;
    }
    RecallNode node = next.get();
    int attempt = state.flow.nodes().indexOf(node) + 1;
    TaskState parent = state.parent;
    Callee[] selected = select(state);
    TaskState child = newTask(parent.name + "-recall-" + attempt, truncateToSeconds(at), parent.appIndex,
        node.agentId().getOrElse(parent.campaign.agent()), selected, attempt, parent.campaign, node.id());
    child.flow = state;
    state.flow = expect(state.flow.startNextNode(child.id));
    if (selected.length == 0) {
      // nothing to redial: the attempt runs an empty child task that finishes at once
      child.freeze(at, TaskStatus.FINISHED);
      onEnded(child, at);
    } else {
      accept(child, at + options.submitDelay().toMillis());
    }
  }

  /** The callees of the previous attempt that the flow's type redials. */
  private static Callee[] select(FlowState state) {
    TaskState previous = state.lastTask;
    RecallType type = state.flow.type();
    if (type.equals(RecallType.ALL)) {
      return previous.callees;
    }
    int calls = previous.drawn();
    boolean byIntent = type.equals(RecallType.BY_INTENT);
    boolean[] chosen = new boolean[calls];
    int count = 0;
    for (int i = 0; i < calls; i++) {
      var outcome = previous.outcome(i);
      boolean pick = byIntent
          ? outcome.intent().isDefined() && state.intents.contains(outcome.intent().get())
          : !outcome.isSuccess();
      if (pick) {
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

  // ---- task operations ----

  Reply<Page<GroupCallTask>> queryTasks(TaskQuery query) {
    long now = clock.millis();
    Seq<Violation> problems = query.statuses().filter(s -> !s.isKnown())
        .map(s -> Violation.of("statusList", s.code(), "must hold task statuses 0-6"));
    if (!problems.isEmpty()) {
      return Reply.refused(PlatformCode.PARAMETER_EXCEPTION, problems.mkString("; "));
    }
    boolean[] statuses = new boolean[DOCUMENTED_STATUSES];
    query.statuses().forEach(s -> statuses[s.code()] = true);
    boolean anyStatus = query.statuses().isEmpty();
    String search = searchText(query.search());
    long from = truncateToSeconds(query.createdWithin().from().toEpochMilli());
    long to = truncateToSeconds(query.createdWithin().to().toEpochMilli());
    PageRequest page = query.page();
    long skip = (long) (page.current() - 1) * page.size();
    long total = 0;
    java.util.List<GroupCallTask> records = new ArrayList<>();
    for (int i = tasks.size() - 1; i >= 0; i--) {
      TaskState task = tasks.get(i);
      boolean matches = task.createdMillis >= from && task.createdMillis <= to
          && task.createdMillis + listingDelayMillis <= now
          && (anyStatus || statuses[task.status.code()])
          && (query.appIndexId().isEmpty() || query.appIndexId().get() == task.appIndex)
          && (search == null || task.searchName.contains(search));
      if (matches) {
        if (total >= skip && records.size() < page.size()) {
          records.add(task.report(now));
        }
        total++;
      }
    }
    return Reply.ok(page(records, page, total));
  }

  Reply<Done> cancelTasks(Seq<TaskId> ids) {
    if (ids.isEmpty()) {
      return Reply.refused(PlatformCode.PARAMETER_EXCEPTION,
          Violation.of("taskIdList", "[]", "must name at least one task").toString());
    }
    Seq<TaskId> unknown = ids.filter(id -> !tasksById.containsKey(id.value()));
    if (!unknown.isEmpty()) {
      return Reply.refused(PlatformCode.DATA_NOT_FOUND, "no task with id " + unknown.mkString(", "));
    }
    Seq<TaskState> targets = ids.distinct().map(id -> tasksById.get(id.value()));
    Seq<TaskState> ended = targets.filter(t -> t.isTerminal() && !t.status.equals(TaskStatus.CANCELLED));
    if (!ended.isEmpty()) {
      return Reply.refused(PlatformCode.PARAMETER_EXCEPTION, ended
          .map(t -> "task " + t.id + " is " + t.status + " and only a task that has not ended may be cancelled")
          .mkString("; "));
    }
    long now = clock.millis();
    targets.filter(t -> !t.isTerminal()).forEach(t -> end(t, now, TaskStatus.CANCELLED));
    return Reply.ok(Done.DONE);
  }

  Option<GroupCallTask> task(TaskId id) {
    return Option.of(tasksById.get(id.value())).map(t -> t.report(clock.millis()));
  }

  Option<Seq<CallRecord>> callRecords(TaskId id) {
    TaskState task = tasksById.get(id.value());
    if (task == null) {
      return Option.none();
    }
    int calls = task.callsAt(clock.millis());
    task.drawUpTo(calls);
    java.util.List<CallRecord> records = new ArrayList<>(calls);
    for (int i = 0; i < calls; i++) {
      records.add(new CallRecord(task.callees[i].number(), task.outcome(i)));
    }
    return Option.some(List.ofAll(records));
  }

  int unfinishedTasks() {
    return unfinishedTasks;
  }

  int concurrentTaskLimit() {
    return concurrentTaskLimit;
  }

  void setListingDelay(Duration delay) {
    listingDelayMillis = delay.toMillis();
  }

  Duration listingDelay() {
    return Duration.ofMillis(listingDelayMillis);
  }

  void setConcurrentTaskLimit(int limit) {
    concurrentTaskLimit = limit;
  }

  void failNextSubmissions(int count) {
    submissionsToFail += count;
  }

  // ---- recall-flow operations ----

  Reply<Page<RecallFlow>> queryFlows(RecallFlowQuery query) {
    String search = searchText(query.taskName());
    long taskId = search == null ? -1 : parseId(search);
    long from = truncateToSeconds(query.createdWithin().from().toEpochMilli());
    long to = truncateToSeconds(query.createdWithin().to().toEpochMilli());
    PageRequest page = query.page();
    long skip = (long) (page.current() - 1) * page.size();
    long total = 0;
    java.util.List<RecallFlow> records = new ArrayList<>();
    for (int i = flows.size() - 1; i >= 0; i--) {
      FlowState state = flows.get(i);
      TaskState parent = state.parent;
      boolean matches = parent.createdMillis >= from && parent.createdMillis <= to
          && (search == null || parent.id.value() == taskId || parent.searchName.contains(search));
      if (matches) {
        if (total >= skip && records.size() < page.size()) {
          records.add(listed(state.flow));
        }
        total++;
      }
    }
    return Reply.ok(page(records, page, total));
  }

  Reply<RecallFlow> flowDetail(RecallFlowId id) {
    FlowState state = flowsById.get(id.value());
    if (state == null) {
      return Reply.refused(PlatformCode.DATA_NOT_FOUND, "no recall flow with keyId " + id);
    }
    return Reply.ok(detailed(state.flow));
  }

  Option<RecallFlow> flow(RecallFlowId id) {
    return Option.of(flowsById.get(id.value())).map(state -> state.flow);
  }

  Option<RecallFlow> flowOfTask(TaskId id) {
    TaskState task = tasksById.get(id.value());
    return task == null || task.node != null || task.flow == null ? Option.none() : Option.some(task.flow.flow);
  }

  Reply<Done> editFlow(RecallFlowId id, RecallPlan plan) {
    FlowState state = flowsById.get(id.value());
    if (state == null) {
      return Reply.refused(PlatformCode.DATA_NOT_FOUND, "no recall flow with keyId " + id);
    }
    Seq<AgentId> unknown = options.knownAgents().isEmpty()
        ? List.empty()
        : plan.agents().distinct().filter(agent -> !options.knownAgents().contains(agent));
    if (!unknown.isEmpty()) {
      return Reply.refused(PlatformCode.PARAMETER_EXCEPTION,
          Violation.of("nodeList[].scriptId", unknown.mkString(", "), "must name agent templates of this account").toString());
    }
    Either<RecallRejection, RecallFlow> edited = state.flow.edit(plan, nodeIds);
    if (edited.isLeft()) {
      return Reply.refused(PlatformCode.PARAMETER_EXCEPTION, edited.getLeft().message());
    }
    state.flow.nodes().forEach(node -> flowsByNode.remove(node.id().value()));
    state.flow = edited.get();
    state.flow.nodes().forEach(node -> flowsByNode.put(node.id().value(), state));
    state.intents = FlowState.toSet(plan.intents());
    state.version++;
    if (state.lastTask != null) {
      long at = Math.max(clock.millis(), state.readyAt + state.flow.intervalMinutes() * 60_000L);
      schedule(at, Event.Kind.START_NODE, null, state, state.version);
    }
    return Reply.ok(Done.DONE);
  }

  Reply<Done> cancelFlow(RecallCancellation cancellation) {
    FlowState state;
    if (cancellation instanceof RecallCancellation.WholeFlow whole) {
      state = flowsById.get(whole.flowId().value());
      if (state == null) {
        return Reply.refused(PlatformCode.DATA_NOT_FOUND, "no recall flow with keyId " + whole.flowId());
      }
    } else if (cancellation instanceof RecallCancellation.WholeFlowOfTask ofTask) {
      TaskState task = tasksById.get(ofTask.parentTask().value());
      if (task == null || task.node != null || task.flow == null) {
        return Reply.refused(PlatformCode.DATA_NOT_FOUND, "no recall flow whose parent task is " + ofTask.parentTask());
      }
      state = task.flow;
    } else {
      RecallNodeId node = ((RecallCancellation.FromNode) cancellation).nodeId();
      state = flowsByNode.get(node.value());
      if (state == null) {
        return Reply.refused(PlatformCode.DATA_NOT_FOUND, "no recall flow node with keyId " + node);
      }
    }
    Either<RecallRejection, RecallFlow> cancelled = state.flow.apply(cancellation);
    if (cancelled.isLeft()) {
      return Reply.refused(PlatformCode.PARAMETER_EXCEPTION, cancelled.getLeft().message());
    }
    state.flow = cancelled.get();
    if (state.flow.status().isTerminal()) {
      state.version++;
    }
    return Reply.ok(Done.DONE);
  }

  // ---- views and helpers ----

  /** The flow as the list reports it: parent task and creation time, no nodes. */
  private static RecallFlow listed(RecallFlow flow) {
    return new RecallFlow(flow.id(), flow.parentTask(), flow.parentTaskName(), flow.createdTime(), flow.type(),
        flow.intervalMinutes(), flow.attempts(), flow.finishedAttempts(), flow.status(), List.empty());
  }

  /** The flow as the detail reports it: nodes, but no parent task, name or creation time. */
  private static RecallFlow detailed(RecallFlow flow) {
    return new RecallFlow(flow.id(), Option.none(), Option.none(), Option.none(), flow.type(), flow.intervalMinutes(),
        flow.attempts(), flow.finishedAttempts(), flow.status(), flow.nodes());
  }

  private static <T> Page<T> page(java.util.List<T> records, PageRequest page, long total) {
    int pages = (int) ((total + page.size() - 1) / page.size());
    return new Page<>(List.ofAll(records), page.current(), page.size(), total, pages);
  }

  private static String searchText(Option<String> text) {
    return text.isEmpty() || text.get().isBlank() ? null : lower(text.get().strip());
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  private static long parseId(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException notAnId) {
      return -1;
    }
  }

  static long truncateToSeconds(long millis) {
    return Math.floorDiv(millis, 1000L) * 1000L;
  }

}
