package io.voicecampaign.application.service.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.task.LaunchCampaignCommand;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.service.task.TaskTableGateway.Create;
import io.voicecampaign.application.testing.AgentCampaignFixtures;
import io.voicecampaign.application.testing.GatewayFailureFixtures;
import io.voicecampaign.application.testing.VirtualClock;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A launch whose create has an unknown outcome makes exactly one task and answers its id")
class ExactlyOnceCreateTest {

  private static final Instant NOW = Instant.parse("2026-04-01T03:31:08Z");
  private static final String NAME = "spring-renewals";

  private final VirtualClock clock = VirtualClock.at(NOW);
  private final TaskTableGateway platform = new TaskTableGateway(clock);
  private final LaunchCampaignService service = new LaunchCampaignService(platform, clock, clock.sleeper());

  private Either<Failure, TaskId> launch() {
    return service.launch(new LaunchCampaignCommand(AgentCampaignFixtures.immediate(NAME)));
  }

  @Test
  @DisplayName("stored, answer lost: re-sent under the same name, -41, found by exact name: one task, its id")
  void storedAnswerLost() {
    platform.script(Create.STORED_ANSWER_LOST);

    Either<Failure, TaskId> launched = launch();

    assertThat(platform.tasksNamed(NAME)).hasSize(1);
    assertThat(launched).isEqualTo(Either.right(platform.tasksNamed(NAME).head()));
    assertThat(platform.creates()).isEqualTo(2);
    assertThat(clock.sleeps()).containsExactly(ExactlyOnceCreate.FIRST_PAUSE);
  }

  @Test
  @DisplayName("stored, answer lost, listed only 3 s later: the lookup is asked again until it lists the task")
  void listedSecondsLater() {
    platform.script(Create.STORED_ANSWER_LOST).listAfter(Duration.ofSeconds(3));

    Either<Failure, TaskId> launched = launch();

    assertThat(platform.tasksNamed(NAME)).hasSize(1);
    assertThat(launched).isEqualTo(Either.right(platform.tasksNamed(NAME).head()));
    assertThat(platform.creates()).isEqualTo(2);
    assertThat(platform.lookups()).as("1 s pause before the re-send, then lookups 1 s apart").isEqualTo(3);
    assertThat(clock.slept()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  @DisplayName("100 trials, each loss in turn, some listed seconds later: never a second task, always its id, in virtual time")
  void hundredTrials() {
    Create[] losses = {Create.STORED_ANSWER_LOST, Create.TRANSIENT_UNAVAILABLE, Create.TIMED_OUT_NOT_STORED};
    for (int trial = 0; trial < 100; trial++) {
      VirtualClock trialClock = VirtualClock.at(NOW);
      TaskTableGateway table = new TaskTableGateway(trialClock).listAfter(Duration.ofSeconds(trial % 7))
          .script(losses[trial % 3], losses[(trial / 3) % 3]);
      LaunchCampaignService launches = new LaunchCampaignService(table, trialClock, trialClock.sleeper());

      Either<Failure, TaskId> launched = launches.launch(new LaunchCampaignCommand(AgentCampaignFixtures.immediate(NAME)));

      assertThat(table.tasksNamed(NAME)).as("trial %d", trial).hasSize(1);
      assertThat(launched).as("trial %d", trial).isEqualTo(Either.right(table.tasksNamed(NAME).head()));
      assertThat(trialClock.slept()).as("trial %d", trial).isLessThan(Duration.ofSeconds(30));
    }
  }

  @Test
  @DisplayName("a transient failure before storing: re-sent once, the re-send makes the task, nothing looked up")
  void transientFailureResent() {
    platform.script(Create.TRANSIENT_UNAVAILABLE);

    Either<Failure, TaskId> launched = launch();

    assertThat(launched).isEqualTo(Either.right(platform.tasksNamed(NAME).head()));
    assertThat(platform.creates()).isEqualTo(2);
    assertThat(platform.lookups()).isZero();
  }

  @Test
  @DisplayName("the platform's Retry-After lengthens the pause before a re-send, capped")
  void retryAfterHonoured() {
    platform.script(Create.BUSY_FIVE_MINUTES);

    launch();

    assertThat(clock.sleeps()).containsExactly(ExactlyOnceCreate.MAX_PAUSE);
    assertThat(platform.tasksNamed(NAME)).hasSize(1);
  }

  @Test
  @DisplayName("-41 on the first attempt is a real refusal: nothing re-sent, nothing looked up")
  void nameTakenOnFirstAttempt() {
    platform.existing(NAME, NOW.minusSeconds(5));

    Either<Failure, TaskId> launched = launch();

    assertThat(launched.getLeft()).isInstanceOfSatisfying(Failure.Gateway.class, gateway -> assertThat(gateway.cause())
        .isInstanceOfSatisfying(GatewayFailure.Rejected.class, r -> assertThat(r.code()).isEqualTo(PlatformCode.TASK_NAME_EXISTS)));
    assertThat(platform.creates()).isEqualTo(1);
    assertThat(platform.lookups()).isZero();
  }

  @Test
  @DisplayName("a task of the same name made long before the launch is outside the window: not taken for ours")
  void oldTaskOutsideWindow() {
    platform.existing(NAME, NOW.minus(Duration.ofDays(2))).script(Create.TIMED_OUT_NOT_STORED);

    Either<Failure, TaskId> launched = launch();

    assertThat(launched.getLeft()).isInstanceOfSatisfying(Failure.Gateway.class,
        gateway -> assertThat(gateway.cause()).isInstanceOf(GatewayFailure.OutcomeUnknown.class));
    assertThat(platform.tasksNamed(NAME)).hasSize(1);
    assertThat(clock.slept()).isLessThanOrEqualTo(ExactlyOnceCreate.FIRST_PAUSE.plus(ExactlyOnceCreate.LOOKUP_PATIENCE));
  }

  @Test
  @DisplayName("every create unknown: at most 4 sent, then looked up; never found, the outcome stays unknown, in bounded time")
  void attemptsRunOut() {
    platform.script(Create.TIMED_OUT_NOT_STORED, Create.TIMED_OUT_NOT_STORED, Create.TIMED_OUT_NOT_STORED,
        Create.TIMED_OUT_NOT_STORED, Create.TIMED_OUT_NOT_STORED);

    Either<Failure, TaskId> launched = launch();

    assertThat(platform.creates()).isEqualTo(ExactlyOnceCreate.MAX_CREATES);
    assertThat(platform.tasksNamed(NAME)).isEmpty();
    assertThat(launched.getLeft()).isInstanceOfSatisfying(Failure.Gateway.class, gateway -> {
      assertThat(gateway.cause()).isInstanceOf(GatewayFailure.OutcomeUnknown.class);
      assertThat(gateway.cause().message()).contains("4 create(s) sent", "no task named 'spring-renewals'", "List the tasks");
    });
    assertThat(clock.slept()).isEqualTo(Duration.ofSeconds(1 + 2 + 4).plus(ExactlyOnceCreate.LOOKUP_PATIENCE));
  }

  @Test
  @DisplayName("the lookup failing throughout: unknown, naming the lookup's failure, never a refusal")
  void lookupFails() {
    platform.script(Create.STORED_ANSWER_LOST).failLookups(GatewayFailureFixtures.unauthorized());

    Either<Failure, TaskId> launched = launch();

    assertThat(launched.getLeft()).isInstanceOfSatisfying(Failure.Gateway.class, gateway -> {
      assertThat(gateway.cause()).isInstanceOf(GatewayFailure.OutcomeUnknown.class);
      assertThat(gateway.cause().message()).contains("name exists", "looking the task up by its name failed");
    });
    assertThat(platform.tasksNamed(NAME)).hasSize(1);
  }

  @Test
  @DisplayName("an interrupt ends the waits at once: one lookup, no second create; not listed yet, the outcome is unknown")
  void interrupted() {
    platform.script(Create.STORED_ANSWER_LOST).listAfter(Duration.ofSeconds(3));
    Thread.currentThread().interrupt();
    try {
      Either<Failure, TaskId> launched = launch();

      assertThat(launched.getLeft()).isInstanceOfSatisfying(Failure.Gateway.class,
          gateway -> assertThat(gateway.cause()).isInstanceOf(GatewayFailure.OutcomeUnknown.class));
      assertThat(platform.creates()).isEqualTo(1);
      assertThat(platform.lookups()).isEqualTo(1);
      assertThat(clock.sleeps()).isEmpty();
    } finally {
      Thread.interrupted();
    }
  }
}
