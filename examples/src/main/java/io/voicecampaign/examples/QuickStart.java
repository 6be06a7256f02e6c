package io.voicecampaign.examples;

import io.voicecampaign.adapter.fake.FakeVoiceCampaigns;
import io.voicecampaign.adapter.fake.clock.VirtualClock;
import io.voicecampaign.application.VoiceCampaigns;
import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.recall.CancelRemainingRecallsCommand;
import io.voicecampaign.application.port.in.recall.FindRecallFlowCommand;
import io.voicecampaign.application.port.in.task.LaunchCampaignCommand;
import io.voicecampaign.application.port.in.task.ListTasksCommand;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

/** The README's quick start, as it is written there: a campaign's life on the simulator. */
public final class QuickStart {

  private QuickStart() {}

  /** Runs the quick start; a failure ends it with a {@code VoiceCampaignsException} naming it. */
  public static void main(String[] args) {
    Instant start = Instant.parse("2025-03-03T01:00:00Z");                 // 09:00 at the platform's UTC+8
    FakeVoiceCampaigns fake = FakeVoiceCampaigns.create(42L, VirtualClock.at(start));
    VoiceCampaigns sdk = fake;        // over HTTP: HttpVoiceCampaigns.create(HttpConfig.fromEnvironment())

    // 1. Describe the campaign: build() names every broken rule at once, before anything is sent
    AgentCampaign campaign = AgentCampaign.builder()
        .appId("Jgd8oFei").agentId(41).taskName("spring-renewals")
        .callWindow("09:00", "12:00").callWindow("14:00", "20:00")
        .recall(RecallPlan.builder().type(RecallType.FAILED).intervalMinutes(30).attempts(3))
        .addCallee("463200000007", "Alice", "EUR 40")                      // number, then text1, text2, ...
        .addCallee("463200000008", "Bob", "EUR 25")
        .build()
        .toEither()
        .getOrElseThrow(violations -> new Failure.InvalidInput(violations).toException());

    // 2. Launch it exactly once; Either<Failure, TaskId>, or throw with Failure::toException
    TaskId task = sdk.launchCampaign().launch(new LaunchCampaignCommand(campaign))
        .getOrElseThrow(Failure::toException);

    // 3. Follow it: the simulator's clock moves only when told to
    fake.platform().advance(Duration.ofMinutes(20));
    TimeRange today = TimeRange.between(start.minus(Duration.ofHours(1)), start.plus(Duration.ofHours(12)));
    try (Stream<GroupCallTask> tasks = sdk.listTasks().all(new ListTasksCommand(TaskQuery.within(today, 100)))
        .map(listed -> listed.getOrElseThrow(Failure::toException))) {   // pages fetched as the stream reaches them
      tasks.filter(listed -> listed.id().equals(task)).forEach(listed ->
          System.out.println(listed.name() + ": " + describe(listed) + ", " + listed.called() + " called"));
    }

    // 4. Its recall flow, and stopping the attempts that have not started
    RecallFlow flow = sdk.findRecallFlow().find(new FindRecallFlowCommand(task, today))
        .getOrElseThrow(Failure::toException);
    RecallCancellation stopped = sdk.cancelRemainingRecalls().cancelRemaining(new CancelRemainingRecallsCommand(flow.id()))
        .getOrElseThrow(Failure::toException);
    System.out.println("recall flow " + flow.id() + ": " + stopped);
  }

  private static String describe(GroupCallTask task) {
    switch (task.status().known()) {                                     // every status, and UNKNOWN_TO_SDK_VERSION
      case WAITING_TO_SUBMIT:
      case SUBMITTING:
      case CALLING:
      case PAUSED:
        return "running (" + task.status() + ")";
      case FINISHED:
      case SUBMIT_FAILED:
      case CANCELLED:
        return "over (" + task.status() + ")";
      default:
        return "status code " + task.status().code();
    }
  }
}
