package io.voicecampaign.examples;

import io.voicecampaign.application.VoiceCampaigns;
import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.recall.AwaitRecallFlowCommand;
import io.voicecampaign.application.port.in.recall.CancelRemainingRecallsCommand;
import io.voicecampaign.application.port.in.recall.FindRecallFlowCommand;
import io.voicecampaign.application.port.in.recall.GetRecallFlowCommand;
import io.voicecampaign.application.port.in.task.BulkLaunchCommand;
import io.voicecampaign.application.port.in.task.BulkLaunchReport;
import io.voicecampaign.application.port.in.task.CalleeEntry;
import io.voicecampaign.application.port.in.task.LaunchCampaignCommand;
import io.voicecampaign.application.port.in.task.ListTasksCommand;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallNode;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallStatus;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.report.CallReportSummary;
import io.voicecampaign.domain.report.RecallAttempts;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.voicecampaign.domain.task.TaskStatus;
import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The README's run command: a tour of the SDK through its use cases only.
 *
 * <p>On the in-memory simulator (the default) it launches a 1,000-callee campaign with a three-attempt
 * recall-the-failed plan (and a few small ones), lets platform time pass, lists the tasks page by page,
 * follows the recall flow's nodes, cancels the attempts that have not started, waits for the flow to
 * end, adds up the call reports pushed for the campaign and its recall attempt, bulk-launches 25,000
 * callees and prints a summary.
 *
 * <p>When {@code VOICE_API_KEY}, {@code VOICE_API_SECRET} and {@code VOICE_APP_ID} are set (optionally
 * {@code VOICE_BASE_URL}, {@code VOICE_AGENT_ID}, {@code VOICE_CALLEES}) the same use cases run over HTTP
 * against that platform or the emulator instead: see {@link LiveTour}. Only the transport changes, and
 * {@link #platform(Map)} is the one place that picks it.
 *
 * <p>Exits 0 when every step went as expected; otherwise prints one line naming the step and the
 * kind of failure and exits 1 (2 for an unexpected error).
 */
public final class Tour {

  private static final int CALLEES = 1_000;
  private static final int PAGE_SIZE = 2;
  /** How long after a task's last hang-up its last call reports are surely pushed: its longest call, and then some. */
  private static final Duration REPORTS_SETTLE = Duration.ofMinutes(10);

  private final VoiceCampaigns sdk;
  private final TourPlatform platform;
  private final PrintStream out;
  private final Instant started;

  private Tour(TourPlatform platform, PrintStream out) {
    this.sdk = platform.campaigns();
    this.platform = platform;
    this.out = out;
    this.started = platform.now();
  }

  /** Runs the tour the environment asks for and exits with its result. */
  public static void main(String[] args) {
    System.exit(run(System.out, System.getenv()));
  }

  /**
   * The platform the tour talks to, the one place that chooses the transport: HTTP when any of
   * {@code VOICE_API_KEY}, {@code VOICE_API_SECRET}, {@code VOICE_APP_ID} is set, the simulator otherwise.
   *
   * @throws TourStepFailed when the variables are incomplete or invalid
   */
  static TourPlatform platform(Map<String, String> environment) {
    return HttpTourPlatform.isRequested(environment)
        ? HttpTourPlatform.fromEnvironment(environment)
        : SimulatedTourPlatform.start();
  }

  /** Runs the tour on the platform {@code environment} chooses, printing to {@code out}; 0 on success. */
  static int run(PrintStream out, Map<String, String> environment) {
    TourPlatform platform;
    try {
      platform = platform(environment);
    } catch (TourStepFailed failed) {
      out.println(failed.getMessage());
      return 1;
    }
    return run(out, platform);
  }

  /** Runs the tour on {@code platform}, printing to {@code out}; 0 on success. */
  static int run(PrintStream out, TourPlatform platform) {
    long realStart = System.nanoTime();
    try (platform) {
      if (platform instanceof HttpTourPlatform http) {
        new LiveTour(http, out).run();
      } else {
        new Tour(platform, out).run();
      }
      out.printf("tour finished in %d ms of real time%n", (System.nanoTime() - realStart) / 1_000_000);
      return 0;
    } catch (TourStepFailed failed) {
      out.println(failed.getMessage());
      return 1;
    } catch (RuntimeException unexpected) {
      out.println("tour failed unexpectedly: " + unexpected.getClass().getSimpleName() + ": " + unexpected.getMessage());
      return 2;
    }
  }

  private void run() {
    out.println("voicecampaign tour on " + platform.description());
    ReportInbox inbox = new ReportInbox(HashSet.range(0, CALLEES).map(Tour::renewalNumber));
    platform.onCallReports(inbox::accept);

    out.printf("%n1. Launch \"spring-renewals\": %,d callees, recall the failed calls 3 times, 30 minutes apart%n", CALLEES);
    TaskId parent = launch(renewals());
    out.println("   task " + parent + " launched; 4 smaller campaigns launched beside it");
    for (int i = 1; i <= 4; i++) {
      launch(small("side-campaign-" + i));
    }

    out.println("\n2. 20 minutes later");
    platform.letTimePass(Duration.ofMinutes(20));
    GroupCallTask finished = task(parent);
    expect("check the campaign", finished, t -> t.status().equals(TaskStatus.FINISHED) && t.called() == CALLEES,
        "a FINISHED task with every callee called");
    out.printf("   task %s %s: %,d called, %,d answered, %,d failed (progress %s%%)%n", finished.id(), finished.status(),
        finished.called(), finished.success(), finished.fail(), finished.progress());

    RecallFlow flow = step("find the recall flow", sdk.findRecallFlow().find(new FindRecallFlowCommand(parent, range())));
    out.printf("   its recall flow %s is %s: %d attempts of type %s every %d minutes%n", flow.id(), flow.status(),
        flow.attempts(), flow.type(), flow.intervalMinutes());

    out.println("\n3. 30 minutes later the first attempt redials the failed calls");
    platform.letTimePass(Duration.ofMinutes(30));
    RecallFlow running = step("follow the recall flow", sdk.getRecallFlow().get(new GetRecallFlowCommand(flow.id())));
    expect("follow the recall flow", running, f -> f.status().equals(RecallStatus.IN_PROGRESS), "an IN_PROGRESS flow");
    printNodes(running);

    out.printf("%n4. Every task, %d per page%n", PAGE_SIZE);
    listTasks();

    out.println("\n5. Cancel the attempts that have not started");
    RecallCancellation cancellation = step("cancel the remaining attempts",
        sdk.cancelRemainingRecalls().cancelRemaining(new CancelRemainingRecallsCommand(flow.id())));
    out.println("   sent: cancel type " + cancellation.type() + " from node " + cancellation.id() + " on");

    out.println("\n6. Wait for the flow to end (the running attempt finishes its calls)");
    RecallFlow ended = step("await the recall flow",
        sdk.awaitRecallFlow().await(AwaitRecallFlowCommand.of(flow.id(), Duration.ofHours(2))));
    expect("await the recall flow", ended, f -> f.status().equals(RecallStatus.CANCELLED) && f.finishedAttempts() == 1,
        "a CANCELLED flow with its first attempt finished");
    printNodes(ended);

    out.println("\n7. The call reports pushed for \"spring-renewals\", by recall attempt");
    platform.letTimePass(REPORTS_SETTLE);
    GroupCallTask recall = task(ended.nodes().head().childTask().get());
    CallReportSummary reports = CallReportSummary.of(inbox.reports(), RecallAttempts.simulator());
    ReportLines.print(out, reports);
    expect("add up the call reports", reports, r -> r.attempt(0).calls() == finished.called()
            && r.attempt(0).answered() == finished.success() && r.attempt(1).calls() == recall.called()
            && r.attempt(1).answered() == recall.success() && r.total().calls() == finished.called() + recall.called(),
        "one report per call placed, answered as the tasks count them");

    out.printf("%n8. A bulk launch: %,d callees as tasks of at most %,d, each part named after the campaign%n", BULK_CALLEES, BULK_PART);
    BulkLaunchReport bulk = step("bulk launch", sdk.bulkLaunch().launch(BulkLaunchCommand.of("winter-renewals",
            b -> b.appId("Jgd8oFei").agentId(41), bulkCallees())
        .withPartSize(BULK_PART)
        .withListener(progress -> out.println("   " + progress.line()))));
    for (BulkLaunchReport.Part part : bulk.parts()) {
      out.printf("   %s: callees %,d-%,d, %s%n", part.taskName(), part.firstCallee(), part.firstCallee() + part.callees() - 1,
          part instanceof BulkLaunchReport.Launched launched ? "task " + launched.taskId() : part.getClass().getSimpleName());
    }
    expect("bulk launch", bulk, BulkLaunchReport::complete, "every part launched");

    summary(finished, recall, ended, reports);
  }

  /** The bulk campaign's callees, made as they are read: the list is never held whole. */
  private static Iterable<CalleeEntry> bulkCallees() {
    return () -> java.util.stream.IntStream.range(0, BULK_CALLEES)
        .mapToObj(i -> CalleeEntry.of(String.format("4633%08d", i), "Customer " + i)).iterator();
  }

  private static final int BULK_CALLEES = 25_000;
  private static final int BULK_PART = 10_000;

  private AgentCampaign renewals() {
    AgentCampaign.Builder builder = AgentCampaign.builder()
        .appId("Jgd8oFei").agentId(41).taskName("spring-renewals").displayNumber("1008122211")
        .callWindow("09:00", "12:00").callWindow("14:00", "20:00")
        .recall(RecallPlan.builder().type(RecallType.FAILED).intervalMinutes(30).attempts(3))
        .expectCallees(CALLEES);
    for (int i = 0; i < CALLEES; i++) {
      builder.addCallee(renewalNumber(i), "Customer " + i, "EUR " + (i % 90 + 10));
    }
    return valid(builder.build());
  }

  private static String renewalNumber(int i) {
    return String.format("4632%08d", i);
  }

  private static AgentCampaign small(String name) {
    return valid(AgentCampaign.builder().appId("Jgd8oFei").agentId(41).taskName(name)
        .addCallee("463299000001").addCallee("463299000002").build());
  }

  static AgentCampaign valid(Validation<Seq<Violation>, AgentCampaign> built) {
    if (built.isInvalid()) {
      throw new TourStepFailed("build a campaign", "Violations", built.getError().mkString("; "));
    }
    return built.get();
  }

  private TaskId launch(AgentCampaign campaign) {
    return step("launch " + campaign.taskName(), sdk.launchCampaign().launch(new LaunchCampaignCommand(campaign)));
  }

  private TimeRange range() {
    return TimeRange.between(started.minus(Duration.ofHours(1)), platform.now().plus(Duration.ofDays(1)));
  }

  private GroupCallTask task(TaskId id) {
    return sdk.listTasks().all(new ListTasksCommand(TaskQuery.within(range(), PageRequest.MAX_SIZE)))
        .map(record -> step("list the tasks", record))
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new TourStepFailed("list the tasks", "NotFound", "task " + id + " is not listed"));
  }

  private void listTasks() {
    TaskQuery query = TaskQuery.within(range(), PAGE_SIZE);
    Page<GroupCallTask> page = step("list the tasks", sdk.listTasks().page(new ListTasksCommand(query)));
    while (true) {
      out.printf("   page %d of %d (%d tasks in all)%n", page.current(), page.pages(), page.total());
      for (GroupCallTask t : page.records()) {
        out.printf("     %s %-26s %-17s %,5d of %,5d called%n", t.id(), t.name(), t.status(), t.called(), t.numbers());
      }
      if (!page.hasNext()) {
        break;
      }
      page = step("list the tasks", sdk.listTasks().page(new ListTasksCommand(query.withPage(
          new PageRequest(page.current() + 1, PAGE_SIZE)))));
    }
    expect("list the tasks", page, p -> p.total() == 6 && p.pages() == 3, "6 tasks on 3 pages");
  }

  private void printNodes(RecallFlow flow) {
    out.printf("   flow %s %s, %d of %d attempts finished%n", flow.id(), flow.status(), flow.finishedAttempts(),
        flow.attempts());
    for (RecallNode node : flow.nodes()) {
      String child = node.childTask().map(id -> {
        GroupCallTask t = task(id);
        return String.format("child task %s %s: %,d of %,d called, %,d answered", id, t.status(), t.called(),
            t.numbers(), t.success());
      }).getOrElse("no child task");
      out.printf("     node %s %-11s %s%n", node.id(), node.status(), child);
    }
  }

  private void summary(GroupCallTask parent, GroupCallTask recall, RecallFlow flow, CallReportSummary reports) {
    long reached = parent.success() + recall.success();
    out.println("\nSummary");
    out.printf("   %,d callees, %,d calls placed, %,d reached (%d%%) after one recall attempt%n", parent.numbers(),
        parent.called() + recall.called(), reached, reached * 100 / parent.numbers());
    out.printf("   recall flow %s %s: %d of %d attempts ran, the rest were cancelled%n", flow.id(), flow.status(),
        flow.finishedAttempts(), flow.attempts());
    out.printf("   %,d call reports: %,.2f call and %,.2f agent minutes charged%n", reports.total().calls(),
        reports.total().chargedCallMinutes(), reports.total().chargedAgentMinutes());
    out.printf("   platform time passed: %d minutes%n", Duration.between(started, platform.now()).toMinutes());
  }

  /** The value of a step's result; a failure ends the tour with one line naming the step and the failure's type. */
  static <T> T step(String step, Either<Failure, T> result) {
    if (result.isLeft()) {
      Failure failure = result.getLeft();
      String kind = failure instanceof Failure.Gateway gateway
          ? "GatewayFailure." + gateway.cause().getClass().getSimpleName()
          : "Failure." + failure.getClass().getSimpleName();
      throw new TourStepFailed(step, kind, failure.message());
    }
    return result.get();
  }

  static <T> void expect(String step, T value, Predicate<T> check, String expected) {
    if (!check.test(value)) {
      throw new TourStepFailed(step, "UnexpectedState", "expected " + expected + " but got " + value);
    }
  }
}
