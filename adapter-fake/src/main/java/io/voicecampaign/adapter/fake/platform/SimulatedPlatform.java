package io.voicecampaign.adapter.fake.platform;

import io.voicecampaign.adapter.fake.clock.VirtualClock;
import io.voicecampaign.adapter.fake.fault.Fault;
import io.voicecampaign.adapter.fake.fault.Operation;
import io.voicecampaign.adapter.fake.fault.Port;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.recall.RecallFlowQuery;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.shared.AppId;
import io.voicecampaign.domain.shared.Done;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The platform simulated in memory: AI-agent group-call tasks and their automatic recall flows,
 * moved on by a {@link VirtualClock}. This facade is what every transport serves: the in-process
 * gateways call it, and so can a server speaking the platform's wire protocol.
 *
 * <h2>Operations (what the platform's endpoints do)</h2>
 * Each answers a {@link Reply}: the value, the platform's refusal (code and reason), or a lost answer
 * when a transport fault was injected. Codes the docs leave open are chosen here as follows:
 * <ul>
 *   <li>{@link #launch}: -22 for what the platform checks beyond the domain (a send time in the past, an
 *       application not of the account), -60 for an
 *       agent not of the account, -41 for a task name already used (by any task, recall children
 *       included), -37 when the unfinished tasks reach the concurrent-task limit.</li>
 *   <li>{@link #cancelTasks}: all or nothing; -22 for an empty list, -24 naming unknown ids, -22 naming
 *       tasks that already finished or failed to submit. Cancelling a cancelled task again succeeds.</li>
 *   <li>Recall flows: -24 for an unknown flow, node or parent task (the recall pages list only -22, but
 *       -24 "data unexisting" is the platform's code for it elsewhere); -22 with the domain rule's
 *       sentence when the rule refuses an edit or a cancel.</li>
 *   <li>Lists: newest first, {@code total} and {@code pages} over every match, an empty page past the
 *       last; the range compares creation times to the second, as the wire carries them; searches are
 *       case-insensitive substring matches; the flow search also matches a parent task id exactly.</li>
 * </ul>
 *
 * <h2>How tasks run</h2>
 * A launched task is WAITING_TO_SUBMIT until its submit delay has passed, its send time has come and
 * one of its daily windows (read in the platform's zone) is open; it is then CALLING, placing
 * {@code callsPerMinute x calloutRate} calls per minute inside its windows, and FINISHED after the last
 * call. Each call's outcome comes from the {@link io.voicecampaign.adapter.fake.outcome.CallOutcomeModel},
 * drawn in callee order from a generator seeded by the seed and the task id. A flow's next attempt
 * starts its interval after the previous task finished, as a child task named
 * {@code <parent name>-recall-<n>} over all, the failed, or the matching-intent callees of the
 * previous attempt; when none qualify the child task holds no numbers and finishes at once, so the
 * attempt still completes and the flow goes on. Flow and node states move only through the domain's
 * {@link RecallFlow} rules. Cancelling a task that has not ended cancels its pending flow; cancelling a
 * recall child completes its node with the calls it made and cancels the attempts after it.
 *
 * <h2>Call reports</h2>
 * Every call placed yields one {@link io.voicecampaign.domain.report.CallReport}, released in
 * {@link CallReportBatch}es per task as virtual time passes ({@link PlatformOptions#reportBatchInterval()},
 * {@link PlatformOptions#reportBatchSize()}): a call at the first whole interval after its hang-up, a
 * task's remaining calls once the longest call it allows has passed after the task ended. The work is
 * done only when asked for: at a drain, and on time while someone subscribes. Subscribers ({@link #onCallReports}) hear each batch
 * in order; {@link #drainCallReports()} returns those not drained yet. Charges follow the
 * {@link PriceList}; facts the docs do not show are in the extra fields {@code simTaskId},
 * {@code simRecallAttempt}, {@code simCallResult} and {@code simIntent}.
 *
 * <h2>Controls</h2>
 * Time ({@link #advance}, {@link #advanceUntilIdle}), the concurrent-task limit, injected faults,
 * failed submissions, and read-only snapshots for assertions. A test that moves the clock directly
 * sees the same results: the platform runs what fell due, in time order, before every call.
 *
 * <p>Thread-safe: one lock guards all state. Deterministic: the same seed, options and sequence of
 * calls give the same ids, outcomes, states and call reports.
 */
public final class SimulatedPlatform {

  private static final System.Logger LOG = System.getLogger("io.voicecampaign.adapter.fake");

  private final Object lock = new Object();
  private final ReentrantLock delivering = new ReentrantLock();
  private final java.util.List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
  private final long seed;
  private final VirtualClock clock;
  private final PlatformOptions options;
  private final PlatformState state;
  private final Timeline timeline = new Timeline();
  private final CallReporter reporter;
  private final TaskLifecycle lifecycle;
  private final Launcher launcher;
  private final TaskQueries taskQueries;
  private final FlowOperations flows;
  private final FaultQueue faults = new FaultQueue();
  private final long[] requests = new long[Operation.values().length];

  private SimulatedPlatform(long seed, VirtualClock clock, PlatformOptions options) {
    this.seed = seed;
    this.clock = clock;
    this.options = options;
    this.state = new PlatformState(seed, clock, options);
    this.reporter = new CallReporter(state, timeline);
    this.lifecycle = new TaskLifecycle(state, timeline, reporter);
    this.launcher = new Launcher(state, lifecycle);
    this.taskQueries = new TaskQueries(state);
    this.flows = new FlowOperations(state, lifecycle);
  }

  /** A platform with no tasks, driven by {@code clock}, whose calls end as {@code seed} and the options decide. */
  public static SimulatedPlatform create(long seed, VirtualClock clock, PlatformOptions options) {
    Objects.requireNonNull(clock, "clock == null");
    Objects.requireNonNull(options, "options == null");
    return new SimulatedPlatform(seed, clock, options);
  }

  // ---- the platform's operations ----

  /** Creates the campaign's task, and its recall flow when it has a plan ({@code send/agent}). */
  public Reply<TaskId> launch(AgentCampaign campaign) {
    Objects.requireNonNull(campaign, "campaign == null");
    return serve(Operation.LAUNCH, () -> launcher.launch(campaign));
  }

  /** One page of tasks, newest first ({@code group/call/query}). */
  public Reply<Page<GroupCallTask>> queryTasks(TaskQuery query) {
    Objects.requireNonNull(query, "query == null");
    return serve(Operation.QUERY_TASKS, () -> taskQueries.queryTasks(query));
  }

  /** Cancels tasks that have not ended ({@code group/call/cancel}). */
  public Reply<Done> cancelTasks(Seq<TaskId> ids) {
    Objects.requireNonNull(ids, "ids == null");
    return serve(Operation.CANCEL_TASKS, () -> lifecycle.cancel(ids));
  }

  /** One page of recall flows, newest first, without nodes ({@code recallFlow/queryPage}). */
  public Reply<Page<RecallFlow>> queryFlows(RecallFlowQuery query) {
    Objects.requireNonNull(query, "query == null");
    return serve(Operation.QUERY_FLOWS, () -> flows.queryFlows(query));
  }

  /** One flow with its nodes, without its parent task ({@code recallFlow/queryDetail}). */
  public Reply<RecallFlow> flowDetail(RecallFlowId id) {
    Objects.requireNonNull(id, "id == null");
    return serve(Operation.FLOW_DETAIL, () -> flows.flowDetail(id));
  }

  /** Replaces a pending flow's plan ({@code recallFlow/update}). */
  public Reply<Done> editFlow(RecallFlowId id, RecallPlan plan) {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(plan, "plan == null");
    return serve(Operation.EDIT_FLOW, () -> flows.editFlow(id, plan));
  }

  /** Cancels a pending flow whole (types 1, 2) or a pending node and those after it (type 3) ({@code recallFlow/cancel}). */
  public Reply<Done> cancelFlow(RecallCancellation cancellation) {
    Objects.requireNonNull(cancellation, "cancellation == null");
    return serve(Operation.CANCEL_FLOW, () -> flows.cancelFlow(cancellation));
  }

  private <T> Reply<T> serve(Operation operation, Supplier<Reply<T>> handler) {
    try {
      synchronized (lock) {
        requests[operation.ordinal()]++;
        Fault fault = faults.take(operation);
        if (fault instanceof Fault.Latency latency) {
          clock.advance(latency.delay());
        }
        lifecycle.catchUp();
        if (fault == null || fault instanceof Fault.Latency) {
          return handler.get();
        }
        if (fault instanceof Fault.Answer answer) {
          return Reply.refused(answer.code(), answer.reason());
        }
        Fault.Transport lost = (Fault.Transport) fault;
        if (lost.applied()) {
          handler.get();
        }
        if (lost instanceof Fault.TimedOut timedOut) {
          clock.advance(timedOut.after());
          lifecycle.catchUp();
        }
        return new Reply.Interrupted<>(lost);
      }
    } finally {
      deliverReports();
    }
  }

  // ---- time ----

  /** The clock that drives the platform. */
  public VirtualClock clock() {
    return clock;
  }

  /** The platform's current instant. */
  public Instant now() {
    return clock.instant();
  }

  /** Moves time forward by {@code duration}, running everything that falls due; returns the new instant. */
  public Instant advance(Duration duration) {
    Objects.requireNonNull(duration, "duration == null");
    try {
      synchronized (lock) {
        Instant now = clock.advance(duration);
        lifecycle.catchUp();
        return now;
      }
    } finally {
      deliverReports();
    }
  }

  /** Moves time forward to {@code target} (no-op if already there or later), running what falls due. */
  public Instant advanceTo(Instant target) {
    Objects.requireNonNull(target, "target == null");
    try {
      synchronized (lock) {
        Instant now = clock.advanceTo(target);
        lifecycle.catchUp();
        return now;
      }
    } finally {
      deliverReports();
    }
  }

  /**
   * Moves time from event to event until nothing is scheduled any more: every task has ended and
   * every flow has run its course. Returns the instant it stopped at.
   */
  public Instant advanceUntilIdle() {
    try {
      synchronized (lock) {
        lifecycle.catchUp();
        for (Option<Long> next = timeline.nextEventAt(); next.isDefined(); next = timeline.nextEventAt()) {
          clock.advanceTo(Instant.ofEpochMilli(next.get()));
          lifecycle.catchUp();
        }
        return clock.instant();
      }
    } finally {
      deliverReports();
    }
  }

  /** When the next thing is scheduled to happen (a task starting or ending, an attempt starting), if anything is. */
  public Option<Instant> nextEventTime() {
    try {
      synchronized (lock) {
        lifecycle.catchUp();
        return timeline.nextEventAt().map(Instant::ofEpochMilli);
      }
    } finally {
      deliverReports();
    }
  }

  // ---- limits and faults ----

  /** Refuse launches with -37 while {@code limit} tasks have not ended. */
  public void setConcurrentTaskLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("the concurrent-task limit must be at least 1: " + limit);
    }
    synchronized (lock) {
      state.concurrentTaskLimit = limit;
    }
  }

  /**
   * Lists a task only {@code delay} after its creation, as a platform whose task list reads a replica
   * may; zero (the default) lists it at once.
   */
  public void setListingDelay(Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("the listing delay must not be negative: " + delay);
    }
    synchronized (lock) {
      state.listingDelayMillis = delay.toMillis();
    }
  }

  /** How long after its creation a task is first listed. */
  public Duration listingDelay() {
    synchronized (lock) {
      return Duration.ofMillis(state.listingDelayMillis);
    }
  }

  /** The current concurrent-task limit. */
  public int concurrentTaskLimit() {
    synchronized (lock) {
      return state.concurrentTaskLimit;
    }
  }

  /** How many tasks have not ended (waiting or calling), recall children included. */
  public int unfinishedTaskCount() {
    try {
      synchronized (lock) {
        lifecycle.catchUp();
        return state.unfinishedTasks;
      }
    } finally {
      deliverReports();
    }
  }

  /** The next {@code times} calls to {@code operation} suffer {@code fault}. */
  public void injectFault(Operation operation, int times, Fault fault) {
    Objects.requireNonNull(operation, "operation == null");
    inject(operation, operation.port(), times, fault);
  }

  /** The next {@code times} calls to any operation of {@code port} suffer {@code fault}. */
  public void injectFault(Port port, int times, Fault fault) {
    Objects.requireNonNull(port, "port == null");
    inject(null, port, times, fault);
  }

  private void inject(Operation operation, Port port, int times, Fault fault) {
    Objects.requireNonNull(fault, "fault == null");
    if (times < 1) {
      throw new IllegalArgumentException("a fault must serve at least one call: " + times);
    }
    synchronized (lock) {
      faults.add(operation, port, times, fault);
    }
  }

  /** How many injected faults are still to be served, counting each call a fault will serve. */
  public int pendingFaults() {
    synchronized (lock) {
      return faults.pending();
    }
  }

  /** Drops every injected fault not yet served. */
  public void clearFaults() {
    synchronized (lock) {
      faults.clear();
    }
  }

  /**
   * The next {@code count} tasks due to start calling (launched or recall children) fail to submit
   * instead: SUBMIT_FAILED, and their flow ends with EXECUTION_EXCEPTION.
   */
  public void failNextSubmissions(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1: " + count);
    }
    synchronized (lock) {
      state.submissionsToFail += count;
    }
  }

  /** How many requests {@code operation} has received, faulted ones included. */
  public long requestCount(Operation operation) {
    Objects.requireNonNull(operation, "operation == null");
    synchronized (lock) {
      return requests[operation.ordinal()];
    }
  }

  // ---- call reports ----

  /**
   * Calls {@code subscriber} with every batch of call reports released from now on (and those released
   * before that no drain has taken, at the next release), in the order released, after the platform's lock is let go (so it may call the platform, from any thread): on
   * the thread whose call released the batch, or on one already handing batches over. A subscriber
   * that throws is skipped for that batch, its first failure logged at WARNING on
   * {@code io.voicecampaign.adapter.fake}; the platform, the other subscribers and
   * {@link #drainCallReports()} carry on as if it had returned.
   */
  public void onCallReports(Consumer<CallReportBatch> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber == null");
    synchronized (lock) {
      subscribers.add(new Subscriber(subscriber));
      reporter.subscribe(clock.millis());
    }
  }

  /**
   * Every batch of call reports released and not drained yet, in the order released (by task, their
   * sequence numbers count up from 1). Each call a task places is reported exactly once, in the first
   * release at or after its hang-up time; see {@link PlatformOptions#reportBatchInterval()}.
   */
  public Seq<CallReportBatch> drainCallReports() {
    try {
      synchronized (lock) {
        lifecycle.catchUp();
        return reporter.drain(clock.millis());
      }
    } finally {
      deliverReports();
    }
  }

  /**
   * Hands the released batches to the subscribers, one thread at a time so that they hear them in
   * order. A thread that finds another delivering leaves its batches to it and returns at once, so no
   * caller waits for a subscriber it did not call.
   */
  private void deliverReports() {
    if (delivering.isHeldByCurrentThread()) {
      // a subscriber called back into the platform: the delivery loop below it hands over what was released
      return;
    }
    while (hasDeliveries() && delivering.tryLock()) {
      try {
        for (Option<CallReportBatch> next = nextDelivery(); next.isDefined(); next = nextDelivery()) {
          deliver(next.get());
        }
      } finally {
        delivering.unlock();
      }
    }
  }

  private void deliver(CallReportBatch batch) {
    for (Subscriber subscriber : subscribers) {
      subscriber.hear(batch);
    }
  }

  /** A subscriber, and whether its first failure was logged. Used only by the delivering thread. */
  private static final class Subscriber {
    private final Consumer<CallReportBatch> consumer;
    private boolean failed;

    Subscriber(Consumer<CallReportBatch> consumer) {
      this.consumer = consumer;
    }

    void hear(CallReportBatch batch) {
      try {
        consumer.accept(batch);
      } catch (RuntimeException e) {
        if (!failed) {
          failed = true;
          LOG.log(System.Logger.Level.WARNING, "the call-report subscriber " + consumer + " threw on " + batch
              + "; the batch stays drainable, the other subscribers still get it, and later failures of this subscriber"
              + " are not logged", e);
        }
      }
    }
  }

  private boolean hasDeliveries() {
    synchronized (lock) {
      return reporter.hasDeliveries();
    }
  }

  private Option<CallReportBatch> nextDelivery() {
    synchronized (lock) {
      return reporter.nextDelivery();
    }
  }

  // ---- snapshots ----

  /** The task as of now, if it exists. */
  public Option<GroupCallTask> task(TaskId id) {
    Objects.requireNonNull(id, "id == null");
    try {
      synchronized (lock) {
        lifecycle.catchUp();
        return taskQueries.task(id);
      }
    } finally {
      deliverReports();
    }
  }

  /** The calls the task has placed so far, in order, with their outcomes; none when the task does not exist. */
  public Option<Seq<CallRecord>> callRecords(TaskId id) {
    Objects.requireNonNull(id, "id == null");
    try {
      synchronized (lock) {
        lifecycle.catchUp();
        return taskQueries.callRecords(id);
      }
    } finally {
      deliverReports();
    }
  }

  /** The flow as of now with everything the platform knows (parent task and nodes), if it exists. */
  public Option<RecallFlow> flow(RecallFlowId id) {
    Objects.requireNonNull(id, "id == null");
    try {
      synchronized (lock) {
        lifecycle.catchUp();
        return flows.flow(id);
      }
    } finally {
      deliverReports();
    }
  }

  /** The flow a launched task started, if it had a plan. */
  public Option<RecallFlow> flowOfTask(TaskId id) {
    Objects.requireNonNull(id, "id == null");
    try {
      synchronized (lock) {
        lifecycle.catchUp();
        return flows.flowOfTask(id);
      }
    } finally {
      deliverReports();
    }
  }

  /** The numeric index ({@code idxAppId}) the platform gave {@code app}, once a task was launched for it. */
  public Option<Long> appIndex(AppId app) {
    Objects.requireNonNull(app, "app == null");
    synchronized (lock) {
      return state.appIndexOf(app);
    }
  }

  /** The seed the platform was created with. */
  public long seed() {
    return seed;
  }

  /** The options the platform was created with (the limit may have changed since: see {@link #concurrentTaskLimit()}). */
  public PlatformOptions options() {
    return options;
  }

  @Override
  public String toString() {
    return "SimulatedPlatform[seed=" + seed + ", now=" + clock.instant() + "]";
  }
}
