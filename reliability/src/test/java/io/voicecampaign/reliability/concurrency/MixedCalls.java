package io.voicecampaign.reliability.concurrency;

import io.voicecampaign.application.VoiceCampaigns;
import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.recall.CancelRecallFlowCommand;
import io.voicecampaign.application.port.in.recall.CancelRemainingRecallsCommand;
import io.voicecampaign.application.port.in.recall.EditRecallFlowCommand;
import io.voicecampaign.application.port.in.recall.FindRecallFlowCommand;
import io.voicecampaign.application.port.in.recall.GetRecallFlowCommand;
import io.voicecampaign.application.port.in.recall.ListRecallFlowsCommand;
import io.voicecampaign.application.port.in.task.CancelTasksCommand;
import io.voicecampaign.application.port.in.task.LaunchCampaignCommand;
import io.voicecampaign.application.port.in.task.ListTasksCommand;
import io.voicecampaign.domain.fixtures.CampaignFixtures;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowQuery;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallStatus;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.voicecampaign.domain.task.TaskStatus;
import io.voicecampaign.reliability.support.ReliabilityFixtures;
import io.vavr.control.Either;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The mixed workload of one thread: {@link #CYCLES} cycles of ten calls, each cycle on its own tasks
 * (named {@code w<thread>-c<cycle>-a|b}, so a search finds exactly them):
 *
 * <ol>
 *   <li>launch A, with a recall plan (failed calls, twice, 30 minutes apart);</li>
 *   <li>launch B, without;</li>
 *   <li>list the cycle's tasks: exactly A and B, waiting to submit;</li>
 *   <li>find A's recall flow;</li>
 *   <li>read the flow: pending, two nodes;</li>
 *   <li>edit the flow: three attempts, 45 + (cycle mod 10) minutes apart;</li>
 *   <li>list the flows of A's name: exactly that flow, edited;</li>
 *   <li>cancel B;</li>
 *   <li>cancel the flow: whole (even cycles) or what remains (odd cycles);</li>
 *   <li>list the cycle's tasks again: A waiting, B cancelled.</li>
 * </ol>
 *
 * Every call must succeed with what the platform must hold at that point; anything else is recorded
 * as a problem. The shared {@link Ledger} collects ids and counts across threads.
 */
final class MixedCalls {

  /** Cycles per thread: ten calls each, a thousand calls in all. */
  static final int CYCLES = 100;
  /** Calls per cycle. */
  static final int CALLS_PER_CYCLE = 10;

  /** What all threads did: launched ids by name, calls, successes, and every problem seen. */
  static final class Ledger {
    final Map<TaskId, String> launched = new ConcurrentHashMap<>();
    final Queue<String> duplicates = new ConcurrentLinkedQueue<>();
    final Queue<String> problems = new ConcurrentLinkedQueue<>();
    final AtomicLong calls = new AtomicLong();
    final AtomicLong successes = new AtomicLong();
    final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    final Map<String, AtomicLong> byCall = new ConcurrentHashMap<>();
  }

  private final VoiceCampaigns sdk;
  private final TimeRange range;
  private final Ledger ledger;
  private final int thread;

  MixedCalls(VoiceCampaigns sdk, TimeRange range, Ledger ledger, int thread) {
    this.sdk = sdk;
    this.range = range;
    this.ledger = ledger;
    this.thread = thread;
  }

  /** The name of a cycle's task A or B. */
  static String name(int thread, int cycle, char which) {
    return String.format("w%02d-c%03d-%c", thread, cycle, which);
  }

  /** The interval the cycle's edit sets. */
  static int editedInterval(int cycle) {
    return 45 + cycle % 10;
  }

  void run() {
    for (int cycle = 0; cycle < CYCLES; cycle++) {
      cycle(cycle);
    }
  }

  private void cycle(int cycle) {
    String prefix = String.format("w%02d-c%03d-", thread, cycle);
    TaskId a = launch(name(thread, cycle, 'a'), true);
    TaskId b = launch(name(thread, cycle, 'b'), false);
    Page<GroupCallTask> listed = call("list tasks", () -> sdk.listTasks().page(new ListTasksCommand(query(prefix))));
    expect(listed != null && listed.records().size() == 2 && listed.records().forAll(t -> t.status().equals(TaskStatus.WAITING_TO_SUBMIT))
        && listed.records().map(GroupCallTask::id).toSet().equals(io.vavr.collection.HashSet.of(a, b)), "cycle " + prefix + " lists " + listed);
    RecallFlow found = call("find flow", () -> sdk.findRecallFlow().find(new FindRecallFlowCommand(a, range)));
    if (found == null) {
      skipRest(6);
      return;
    }
    RecallFlow read = call("get flow", () -> sdk.getRecallFlow().get(new GetRecallFlowCommand(found.id())));
    expect(read != null && read.status().equals(RecallStatus.PENDING) && read.nodes().size() == 2, "flow of " + prefix + " reads " + read);
    RecallPlan plan = RecallPlan.builder().type(RecallType.FAILED).intervalMinutes(editedInterval(cycle)).attempts(3).build().get();
    RecallFlow edited = call("edit flow", () -> sdk.editRecallFlow().edit(new EditRecallFlowCommand(found.id(), plan)));
    expect(edited != null && edited.intervalMinutes() == editedInterval(cycle) && edited.attempts() == 3, "edit of " + prefix + " gives " + edited);
    Page<RecallFlow> flows = call("list flows", () -> sdk.listRecallFlows().page(
        new ListRecallFlowsCommand(RecallFlowQuery.within(range, 100).withTaskName(name(thread, cycle, 'a')))));
    expect(flows != null && flows.records().size() == 1 && flows.records().head().id().equals(found.id())
        && flows.records().head().intervalMinutes() == editedInterval(cycle), "flows of " + prefix + " list " + flows);
    call("cancel task", () -> sdk.cancelTasks().cancel(CancelTasksCommand.of(b)));
    if (cycle % 2 == 0) {
      call("cancel flow", () -> sdk.cancelRecallFlow().cancel(CancelRecallFlowCommand.wholeFlow(found.id())));
    } else {
      RecallCancellation sent = call("cancel remaining", () -> sdk.cancelRemainingRecalls().cancelRemaining(new CancelRemainingRecallsCommand(found.id())));
      expect(sent instanceof RecallCancellation.WholeFlow, "remaining of " + prefix + " cancelled by " + sent);
    }
    Page<GroupCallTask> after = call("list tasks", () -> sdk.listTasks().page(new ListTasksCommand(query(prefix))));
    expect(after != null && after.records().size() == 2
        && after.records().find(t -> t.id().equals(a)).map(t -> t.status().equals(TaskStatus.WAITING_TO_SUBMIT)).getOrElse(false)
        && after.records().find(t -> t.id().equals(b)).map(t -> t.status().equals(TaskStatus.CANCELLED)).getOrElse(false),
        "cycle " + prefix + " ends with " + after);
  }

  private TaskQuery query(String prefix) {
    return TaskQuery.within(range, 100).withSearch(prefix);
  }

  private TaskId launch(String name, boolean withRecall) {
    TaskId id = call("launch", () -> sdk.launchCampaign().launch(new LaunchCampaignCommand(withRecall
        ? ReliabilityFixtures.campaign(name)
        : CampaignFixtures.validBuilder(2).taskName(name).build().get())));
    if (id != null) {
      String earlier = ledger.launched.putIfAbsent(id, name);
      if (earlier != null) {
        ledger.duplicates.add(id + " for " + name + " and " + earlier);
      }
    }
    return id;
  }

  private <T> T call(String what, Supplier<Either<Failure, T>> call) {
    ledger.calls.incrementAndGet();
    ledger.byCall.computeIfAbsent(what, w -> new AtomicLong()).incrementAndGet();
    Either<Failure, T> result;
    try {
      result = call.get();
    } catch (RuntimeException e) {
      ledger.failures.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
      ledger.problems.add(what + " threw " + e);
      return null;
    }
    if (result.isLeft()) {
      ledger.failures.computeIfAbsent(result.getLeft().getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
      ledger.problems.add(what + " failed: " + result.getLeft().message());
      return null;
    }
    ledger.successes.incrementAndGet();
    return result.get();
  }

  private void expect(boolean holds, String what) {
    if (!holds) {
      ledger.problems.add("unexpected: " + what);
    }
  }

  private void skipRest(int calls) {
    ledger.problems.add("thread " + thread + " skipped " + calls + " calls of a cycle");
  }
}
