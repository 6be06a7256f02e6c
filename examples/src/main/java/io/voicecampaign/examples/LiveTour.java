package io.voicecampaign.examples;

import static io.voicecampaign.examples.Tour.step;

import io.voicecampaign.application.VoiceCampaigns;
import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.recall.CancelRemainingRecallsCommand;
import io.voicecampaign.application.port.in.recall.FindRecallFlowCommand;
import io.voicecampaign.application.port.in.recall.GetRecallFlowCommand;
import io.voicecampaign.application.port.in.recall.ListRecallFlowsCommand;
import io.voicecampaign.application.port.in.task.LaunchCampaignCommand;
import io.voicecampaign.application.port.in.task.ListTasksCommand;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowQuery;
import io.voicecampaign.domain.recall.RecallNode;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.report.CallReportSummary;
import io.voicecampaign.domain.report.RecallAttempts;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.vavr.collection.HashSet;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The tour over HTTP against a live platform or the emulator. It never dials a number the user did not
 * give: with {@code VOICE_CALLEES} it launches one small campaign to those numbers with a two-attempt
 * recall plan, shows the task in the task list with its status and progress, finds the recall flow,
 * shows its detail and cancels the attempts that have not started
 * (the campaign itself calls the given numbers once), and with {@code VOICE_REPORT_PORT} waits for the
 * call reports of those numbers to be pushed and adds them up; without them it only reads: the tasks
 * and recall flows of the last 30 days and the newest flow's detail.
 *
 * <p>Every step is bounded: each call by the adapter's timeouts and retries, the wait for the recall
 * flow to be listed by {@value #FLOW_LOOKUPS} lookups {@link #FLOW_LOOKUP_PAUSE} apart, the wait for
 * call reports by {@link #REPORT_WAIT}.
 */
final class LiveTour {

  private static final int PAGE_SIZE = 10;
  private static final int FLOW_LOOKUPS = 5;
  private static final Duration FLOW_LOOKUP_PAUSE = Duration.ofSeconds(2);
  private static final Duration LOOK_BACK = Duration.ofDays(30);
  /** How long the tour waits for the call reports of the numbers it dialled, looking every {@link #REPORT_LOOK}. */
  private static final Duration REPORT_WAIT = Duration.ofMinutes(2);
  private static final Duration REPORT_LOOK = Duration.ofSeconds(1);
  /**
   * How far after now the list ranges reach. A live platform has nothing in the future, but the
   * emulator's platform clock may run faster than this machine's (one platform minute per second by
   * default), so its tasks carry later creation times.
   */
  private static final Duration LOOK_AHEAD = Duration.ofDays(30);
  private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.ofHours(8));

  private final HttpTourPlatform platform;
  private final VoiceCampaigns sdk;
  private final PrintStream out;

  LiveTour(HttpTourPlatform platform, PrintStream out) {
    this.platform = platform;
    this.sdk = platform.campaigns();
    this.out = out;
  }

  void run() {
    out.println("voicecampaign tour on " + platform.description());
    if (platform.callees().isEmpty()) {
      readOnly();
    } else {
      withCallees();
    }
  }

  private TimeRange range() {
    return TimeRange.between(platform.now().minus(LOOK_BACK), platform.now().plus(LOOK_AHEAD));
  }

  // ---- without VOICE_CALLEES: read only ----

  private void readOnly() {
    out.printf("%n1. Tasks created in the last 30 days (first page of %d)%n", PAGE_SIZE);
    Page<GroupCallTask> tasks = step("list the tasks",
        sdk.listTasks().page(new ListTasksCommand(TaskQuery.within(range(), PAGE_SIZE))));
    out.printf("   %d task(s) in all%n", tasks.total());
    tasks.records().forEach(this::printTask);

    out.printf("%n2. Recall flows created in the last 30 days (first page of %d)%n", PAGE_SIZE);
    Page<RecallFlow> flows = step("list the recall flows",
        sdk.listRecallFlows().page(new ListRecallFlowsCommand(RecallFlowQuery.within(range(), PAGE_SIZE))));
    out.printf("   %d flow(s) in all%n", flows.total());
    for (RecallFlow flow : flows.records()) {
      out.printf("     flow %s of task %s %-22s %-11s %s, %d of %d attempts finished, every %d minutes%n", flow.id(),
          flow.parentTask().map(String::valueOf).getOrElse("?"), flow.parentTaskName().map(n -> "\"" + n + "\"").getOrElse(""),
          flow.status(), flow.type(), flow.finishedAttempts(), flow.attempts(), flow.intervalMinutes());
    }

    out.println("\n3. The newest recall flow in detail");
    if (flows.records().isEmpty()) {
      out.println("   no recall flow in the range: nothing to show");
    } else {
      printFlow(step("show a recall flow", sdk.getRecallFlow().get(new GetRecallFlowCommand(flows.records().head().id()))));
    }
    out.println("\nRead-only tour: nothing was launched or changed. Set " + HttpTourPlatform.ENV_CALLEES
        + " (and " + HttpTourPlatform.ENV_AGENT_ID + ") to launch a small campaign to numbers you choose.");
  }

  // ---- with VOICE_CALLEES: one small campaign to the given numbers ----

  private void withCallees() {
    String name = "voicecampaign-tour-" + NAME_TIME.format(platform.now());
    AgentCampaign.Builder builder = AgentCampaign.builder()
        .appId(platform.appId().value()).agentId(platform.agentId().get()).taskName(name)
        .recall(RecallPlan.builder().type(RecallType.FAILED).intervalMinutes(60).attempts(2));
    platform.callees().forEach(builder::addCallee);
    AgentCampaign campaign = Tour.valid(builder.build());
    ReportInbox inbox = new ReportInbox(HashSet.ofAll(platform.callees()));
    if (platform.reportUrl().isDefined()) {
      platform.onCallReports(inbox::accept);
    }

    out.printf("%n1. Launch \"%s\": %d number(s) you gave, agent %s, recall the failed calls twice, an hour apart%n",
        name, campaign.callees().size(), campaign.agentId());
    TaskId task = step("launch " + name, sdk.launchCampaign().launch(new LaunchCampaignCommand(campaign)));
    out.println("   task " + task + " launched");

    out.println("\n2. The task in the task list");
    GroupCallTask listed = listed(task, name);
    out.printf("   task %s \"%s\": %s, progress %s%%, %d of %d number(s) called%n", listed.id(), listed.name(), listed.status(),
        listed.progress(), listed.called(), listed.numbers());

    out.println("\n3. Find its recall flow");
    RecallFlow flow = findFlow(task);
    out.printf("   recall flow %s: %s, %d attempts of type %s every %d minutes%n", flow.id(), flow.status(), flow.attempts(),
        flow.type(), flow.intervalMinutes());

    out.println("\n4. Its detail");
    printFlow(flow);

    out.println("\n5. Cancel the attempts that have not started");
    RecallCancellation cancellation = step("cancel the remaining attempts", sdk.cancelRemainingRecalls().cancelRemaining(new CancelRemainingRecallsCommand(flow.id())));
    out.println("   sent: cancel type " + cancellation.type() + " (" + describe(cancellation) + ") with id " + cancellation.id());

    out.println("\n6. The flow after the cancel");
    RecallFlow after = step("show the recall flow", sdk.getRecallFlow().get(new GetRecallFlowCommand(flow.id())));
    printFlow(after);
    out.printf("%nTask %s calls the %d number(s) you gave once; its recall flow is %s, so no attempt follows.%n", task,
        campaign.callees().size(), after.status());
    if (platform.reportUrl().isDefined()) {
      reports(inbox);
    }
  }

  /** Waits, bounded, for a report of every number dialled, and adds up what came. */
  private void reports(ReportInbox inbox) {
    int numbers = platform.callees().distinct().size();
    out.printf("%n7. The call reports pushed to %s (waiting up to %d s)%n", platform.reportUrl().get(), REPORT_WAIT.toSeconds());
    long deadline = System.nanoTime() + REPORT_WAIT.toNanos();
    while (inbox.calleesReported() < numbers && System.nanoTime() < deadline) {
      platform.letTimePass(REPORT_LOOK);
    }
    ReportLines.print(out, CallReportSummary.of(inbox.reports(), RecallAttempts.simulator()));
    out.printf("   reports for %d of %d number(s) arrived%s%n", inbox.calleesReported(), numbers,
        inbox.calleesReported() < numbers ? "; is the push address set in the platform's console, and can it reach this port?" : "");
  }

  /** The launched task as the task list shows it, found by its name. */
  private GroupCallTask listed(TaskId task, String name) {
    Page<GroupCallTask> page = step("list the tasks",
        sdk.listTasks().page(new ListTasksCommand(TaskQuery.within(range(), PAGE_SIZE).withSearch(name))));
    return page.records().find(t -> t.id().equals(task))
        .getOrElseThrow(() -> new TourStepFailed("list the tasks", "NotFound", "task " + task + " is not in the task list"));
  }

  /** The flow of {@code task}; a platform may list it a moment after the launch, so a few lookups are made. */
  private RecallFlow findFlow(TaskId task) {
    for (int lookup = 1; ; lookup++) {
      Either<Failure, RecallFlow> found = sdk.findRecallFlow().find(new FindRecallFlowCommand(task, range()));
      if (found.isRight() || !(found.getLeft() instanceof Failure.NotFound) || lookup == FLOW_LOOKUPS) {
        return step("find the recall flow", found);
      }
      out.printf("   not listed yet; looking again in %d s (%d of %d)%n", FLOW_LOOKUP_PAUSE.toSeconds(), lookup, FLOW_LOOKUPS);
      platform.letTimePass(FLOW_LOOKUP_PAUSE);
    }
  }

  private static String describe(RecallCancellation cancellation) {
    if (cancellation instanceof RecallCancellation.WholeFlow) {
      return "the whole flow, still pending";
    }
    if (cancellation instanceof RecallCancellation.WholeFlowOfTask) {
      return "the whole flow of the task";
    }
    return "this node and every later one";
  }

  private void printTask(GroupCallTask t) {
    out.printf("     %s %-34s %-17s %,5d of %,5d called, %,d answered%n", t.id(), t.name(), t.status(), t.called(), t.numbers(),
        t.success());
  }

  private void printFlow(RecallFlow flow) {
    out.printf("   flow %s %s, %d of %d attempts finished%n", flow.id(), flow.status(), flow.finishedAttempts(), flow.attempts());
    for (RecallNode node : flow.nodes()) {
      out.printf("     node %s %-11s agent %s, %s%n", node.id(), node.status(), node.agentId().map(String::valueOf).getOrElse("?"),
          node.childTask().map(id -> "child task " + id).getOrElse("no child task yet"));
    }
  }
}
