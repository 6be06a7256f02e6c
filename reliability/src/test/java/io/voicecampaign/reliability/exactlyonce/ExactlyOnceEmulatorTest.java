package io.voicecampaign.reliability.exactlyonce;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.fake.fault.Fault;
import io.voicecampaign.adapter.fake.fault.Operation;
import io.voicecampaign.adapter.fake.platform.Reply;
import io.voicecampaign.adapter.fake.platform.SimulatedPlatform;
import io.voicecampaign.adapter.http.HttpVoiceCampaigns;
import io.voicecampaign.application.VoiceCampaigns;
import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.task.LaunchCampaignCommand;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.voicecampaign.emulator.Emulator;
import io.voicecampaign.emulator.EmulatorConfig;
import io.voicecampaign.reliability.support.ReliabilityFixtures;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Against the emulator: a create whose answer is lost after the simulator carried it out yields its one task")
class ExactlyOnceEmulatorTest {

  static final int TRIALS = 100;

  @Test
  @DisplayName("100 trials with the answer lost after the task was made (one in ten held past the read timeout)")
  void hundredLostAnswers() throws IOException {
    EmulatorConfig config = EmulatorConfig.builder().port(0).timeScale(0)
        .apiKey(ReliabilityFixtures.API_KEY).apiSecret(ReliabilityFixtures.API_SECRET).appId(ReliabilityFixtures.APP_ID).build();
    try (Emulator emulator = Emulator.start(config)) {
      VoiceCampaigns sdk = HttpVoiceCampaigns.create(ReliabilityFixtures.config(emulator.baseUrl().toString())
          .createReadTimeout(Duration.ofMillis(300)).sleeper(duration -> { }).build(), Clock.systemUTC());
      SimulatedPlatform platform = emulator.platform();
      long start = System.nanoTime();

      for (int trial = 0; trial < TRIALS; trial++) {
        String name = "emulated-once-" + trial;
        long launchesBefore = platform.requestCount(Operation.LAUNCH);
        platform.injectFault(Operation.LAUNCH, 1, trial % 10 == 9
            ? Fault.timedOut(Duration.ofMillis(500), true)
            : Fault.outcomeUnknown("the connection dropped after the task was made", true));

        Either<Failure, TaskId> launched = sdk.launchCampaign().launch(new LaunchCampaignCommand(ReliabilityFixtures.campaign(name)));

        Seq<GroupCallTask> named = tasksNamed(platform, name);
        assertThat(named).as("trial %d: tasks named %s", trial, name).hasSize(1);
        assertThat(launched).as("trial %d", trial).isEqualTo(Either.right(named.head().id()));
        // the lost create and its re-send, refused -41; on a loaded machine a re-send may itself time out and be sent again
        assertThat(platform.requestCount(Operation.LAUNCH) - launchesBefore).as("trial %d: creates received", trial).isBetween(2L, 4L);
      }

      System.out.printf("exactly-once on the emulator: %d trials, %d creates received, %.1f s%n", TRIALS,
          platform.requestCount(Operation.LAUNCH), (System.nanoTime() - start) / 1e9);
      assertThat(platform.requestCount(Operation.LAUNCH)).isBetween(2L * TRIALS, 4L * TRIALS);
      assertThat(platform.pendingFaults()).isZero();
    }
  }

  private static Seq<GroupCallTask> tasksNamed(SimulatedPlatform platform, String name) {
    TimeRange around = TimeRange.between(platform.now().minus(Duration.ofHours(1)), platform.now().plus(Duration.ofHours(1)));
    Reply<Page<GroupCallTask>> listed = platform.queryTasks(TaskQuery.within(around, 100).withSearch(name));
    if (!(listed instanceof Reply.Ok<Page<GroupCallTask>> ok)) {
      throw new AssertionError("the platform did not list its tasks: " + listed);
    }
    return ok.value().records().filter(task -> task.name().equals(name));
  }
}
