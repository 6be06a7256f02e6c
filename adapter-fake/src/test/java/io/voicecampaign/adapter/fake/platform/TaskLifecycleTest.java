package io.voicecampaign.adapter.fake.platform;

import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.START;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.campaign;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.launch;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.platform;
import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.fake.outcome.CallOutcome;
import io.voicecampaign.adapter.fake.outcome.CallOutcomeModel;
import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskStatus;
import io.voicecampaign.domain.task.TaskType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A simulated task")
class TaskLifecycleTest {

  private static GroupCallTask at(SimulatedPlatform platform, TaskId id, Duration sinceStart) {
    platform.advanceTo(START.plus(sinceStart));
    return platform.task(id).get();
  }

  @Test
  @DisplayName("waits its submit delay, calls 60 numbers a minute, counts each call once and finishes")
  void runsThroughItsStatuses() {
    SimulatedPlatform platform = platform();
    TaskId id = launch(platform, campaign("lifecycle", 120));

    GroupCallTask waiting = at(platform, id, Duration.ofSeconds(29));
    assertThat(waiting.status()).isEqualTo(TaskStatus.WAITING_TO_SUBMIT);
    assertThat(waiting.called()).isZero();
    assertThat(waiting.progress()).isEqualTo("0");

    GroupCallTask calling = at(platform, id, Duration.ofSeconds(30 + 60));
    assertThat(calling.status()).isEqualTo(TaskStatus.CALLING);
    assertThat(calling.called()).isEqualTo(60);
    assertThat(calling.success() + calling.fail()).isEqualTo(60);
    assertThat(calling.progress()).isEqualTo("50");

    assertThat(at(platform, id, Duration.ofSeconds(30 + 120).minusMillis(1)).status()).isEqualTo(TaskStatus.CALLING);
    GroupCallTask finished = at(platform, id, Duration.ofSeconds(30 + 120));
    assertThat(finished.status()).isEqualTo(TaskStatus.FINISHED);
    assertThat(finished.called()).isEqualTo(120);
    assertThat(finished.success() + finished.fail()).isEqualTo(120);
    assertThat(finished.progress()).isEqualTo("100");
    assertThat(finished.success()).isEqualTo(calling.success()
        + platform.callRecords(id).get().drop(60).count(r -> r.outcome().isSuccess()));
  }

  @Test
  @DisplayName("reports its type, agent and creation time to the second")
  void reportsItsFields() {
    SimulatedPlatform platform = platform();
    platform.advance(Duration.ofMillis(700));
    TaskId id = launch(platform, campaign("fields", 3).agentId(77));

    GroupCallTask task = platform.task(id).get();

    assertThat(task.type()).contains(TaskType.AI_AGENT);
    assertThat(task.agentId()).contains(AgentId.of(77));
    assertThat(task.createdTime()).contains(START);
    assertThat(task.numbers()).isEqualTo(3);
    assertThat(id.value()).isEqualTo(5_000_001L);
  }

  @Test
  @DisplayName("calls faster with a higher callout rate or pace, and starts after the configured submit delay")
  void paceAndDelay() {
    SimulatedPlatform doubled = platform();
    TaskId rate2 = launch(doubled, campaign("rate-2", 120).calloutRate(2));
    assertThat(at(doubled, rate2, Duration.ofSeconds(30 + 60)).status()).isEqualTo(TaskStatus.FINISHED);

    SimulatedPlatform fast = platform(PlatformOptions.defaults().withCallsPerMinute(600).withSubmitDelay(Duration.ZERO));
    TaskId quick = launch(fast, campaign("fast", 120));
    assertThat(fast.task(quick).get().status()).isEqualTo(TaskStatus.CALLING);
    assertThat(at(fast, quick, Duration.ofSeconds(6)).called()).isEqualTo(60);
    assertThat(at(fast, quick, Duration.ofSeconds(12)).status()).isEqualTo(TaskStatus.FINISHED);
  }

  @Test
  @DisplayName("with a send time waits until then")
  void honoursSendTime() {
    SimulatedPlatform platform = platform();
    Instant sendTime = START.plus(Duration.ofHours(2));
    TaskId id = launch(platform, campaign("scheduled", 60).sendTime(sendTime));

    assertThat(at(platform, id, Duration.ofHours(2).minusMillis(1)).status()).isEqualTo(TaskStatus.WAITING_TO_SUBMIT);
    assertThat(at(platform, id, Duration.ofHours(2).plusSeconds(30)).called()).isEqualTo(30);
    assertThat(at(platform, id, Duration.ofHours(2).plusSeconds(60)).status()).isEqualTo(TaskStatus.FINISHED);
  }

  @Test
  @DisplayName("calls only inside its daily windows, read at UTC+8, and carries on the next day")
  void honoursWindowsInThePlatformZone() {
    SimulatedPlatform platform = platform();
    // START is 09:00 at UTC+8
    TaskId id = launch(platform, campaign("windowed", 120).callWindow("10:00", "10:01"));

    assertThat(at(platform, id, Duration.ofMinutes(59)).status()).isEqualTo(TaskStatus.WAITING_TO_SUBMIT);
    assertThat(at(platform, id, Duration.ofMinutes(60).plusSeconds(30)).called()).isEqualTo(30);
    GroupCallTask overnight = at(platform, id, Duration.ofHours(12));
    assertThat(overnight.status()).isEqualTo(TaskStatus.CALLING);
    assertThat(overnight.called()).isEqualTo(60);
    assertThat(at(platform, id, Duration.ofHours(25).plusSeconds(59)).called()).isEqualTo(119);
    assertThat(at(platform, id, Duration.ofHours(25).plusSeconds(60)).status()).isEqualTo(TaskStatus.FINISHED);
  }

  @Test
  @DisplayName("reads windows in the zone the options name")
  void windowsInAConfiguredZone() {
    SimulatedPlatform platform = platform(PlatformOptions.defaults().withZone(ZoneOffset.UTC));
    // START is 01:00 UTC
    TaskId id = launch(platform, campaign("utc-window", 10).callWindow("02:00", "03:00"));

    assertThat(at(platform, id, Duration.ofMinutes(59)).called()).isZero();
    assertThat(at(platform, id, Duration.ofMinutes(61)).status()).isEqualTo(TaskStatus.FINISHED);
  }

  @Test
  @DisplayName("dials each callee with the outcome the model gives, and lists the calls made")
  void callRecordsFollowTheModel() {
    CallOutcomeModel byLastDigit = (callee, attempt, random) ->
        callee.number().digits().endsWith("7") ? CallOutcome.answered("101") : CallOutcome.noAnswer();
    SimulatedPlatform platform = platform(PlatformOptions.defaults().withOutcomeModel(byLastDigit));
    TaskId id = launch(platform, campaign("model", 30));

    platform.advance(Duration.ofHours(1));

    GroupCallTask task = platform.task(id).get();
    assertThat(task.success()).isEqualTo(3);
    assertThat(task.fail()).isEqualTo(27);
    assertThat(platform.callRecords(id).get()).hasSize(30);
    assertThat(platform.callRecords(id).get().filter(r -> r.outcome().isSuccess()).map(r -> r.number().digits()))
        .containsExactly("463200000007", "463200000017", "463200000027");
    assertThat(platform.callRecords(TaskId.of(1))).isEmpty();
  }

  @Test
  @DisplayName("counts against the concurrent-task limit until it ends, recall children included")
  void unfinishedTasksCount() {
    SimulatedPlatform platform = platform();
    platform.setConcurrentTaskLimit(1);
    launch(platform, campaign("limited", 10).recall(PlatformFixtures.plan(io.voicecampaign.domain.recall.RecallType.ALL, 1, 1)));
    assertThat(platform.unfinishedTaskCount()).isEqualTo(1);

    platform.advanceTo(START.plus(Duration.ofSeconds(40)));
    assertThat(platform.unfinishedTaskCount()).isZero();
    platform.advanceTo(START.plus(Duration.ofSeconds(100)));
    assertThat(platform.unfinishedTaskCount()).as("the recall child runs").isEqualTo(1);
    assertThat(PlatformFixtures.refused(platform.launch(PlatformFixtures.build(campaign("blocked", 1)))).code().code())
        .isEqualTo(-37);

    platform.advanceUntilIdle();
    assertThat(platform.unfinishedTaskCount()).isZero();
    assertThat(platform.launch(PlatformFixtures.build(campaign("blocked", 1)))).isInstanceOf(Reply.Ok.class);
    assertThat(platform.concurrentTaskLimit()).isEqualTo(1);
  }
}
