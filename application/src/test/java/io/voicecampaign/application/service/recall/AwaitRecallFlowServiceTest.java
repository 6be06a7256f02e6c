package io.voicecampaign.application.service.recall;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.recall.AwaitRecallFlowCommand;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.port.out.Sleeper;
import io.voicecampaign.application.testing.GatewayFailureFixtures;
import io.voicecampaign.application.testing.VirtualClock;
import io.voicecampaign.domain.fixtures.RecallFlowFixtures;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.shared.PlatformCode;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DisplayName("Awaiting a recall flow")
class AwaitRecallFlowServiceTest {

  private static final Instant NOW = Instant.parse("2026-04-01T03:00:00Z");
  private static final RecallFlowId FLOW = RecallFlowId.of(12);
  private static final Either<GatewayFailure, RecallFlow> RUNNING =
      Either.right(RecallFlowFixtures.asDetailed(RecallFlowFixtures.firstAttemptRunning(12)));

  private final VirtualClock clock = VirtualClock.at(NOW);

  private static Duration seconds(long n) {
    return Duration.ofSeconds(n);
  }

  private Either<Failure, RecallFlow> await(FakeRecallFlowGateway gateway, AwaitRecallFlowCommand command) {
    return new AwaitRecallFlowService(gateway, clock, clock.sleeper()).await(command);
  }

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  @DisplayName("answers a flow that is already final at once, without pausing")
  void alreadyFinal() {
    FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(RecallFlowFixtures.completed(12));

    Either<Failure, RecallFlow> awaited = await(gateway, AwaitRecallFlowCommand.of(FLOW, Duration.ofHours(1)));

    assertThat(awaited.get().status().isTerminal()).isTrue();
    assertThat(gateway.detailReads()).hasSize(1);
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  @DisplayName("polls with pauses that double from the first delay until the flow is final")
  void backsOffUntilFinal() {
    FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(RecallFlowFixtures.completed(12))
        .answerDetails(List.of(RUNNING, RUNNING, RUNNING));

    Either<Failure, RecallFlow> awaited = await(gateway, AwaitRecallFlowCommand.of(FLOW, Duration.ofHours(1)));

    assertThat(awaited.get()).isEqualTo(RecallFlowFixtures.asDetailed(RecallFlowFixtures.completed(12)));
    assertThat(clock.sleeps()).containsExactly(seconds(5), seconds(10), seconds(20));
    assertThat(clock.instant()).isEqualTo(NOW.plusSeconds(35));
    assertThat(gateway.detailReads()).hasSize(4);
  }

  @Test
  @DisplayName("each final status ends the wait: completed, cancelled, execution exception")
  void everyFinalStatus() {
    for (RecallFlow last : List.of(RecallFlowFixtures.completed(12), RecallFlowFixtures.cancelled(12), RecallFlowFixtures.failed(12))) {
      FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(last).answerDetail(RUNNING);

      assertThat(await(gateway, AwaitRecallFlowCommand.of(FLOW, Duration.ofHours(1))).get().status()).isEqualTo(last.status());
    }
  }

  @Test
  @DisplayName("caps the pause at the max delay, never pauses past the deadline, and polls once more at the deadline")
  void capsAndStopsAtTheDeadline() {
    FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(RecallFlowFixtures.firstAttemptRunning(12));
    AwaitRecallFlowCommand command = new AwaitRecallFlowCommand(FLOW, seconds(100), seconds(5), seconds(30));

    Either<Failure, RecallFlow> awaited = await(gateway, command);

    assertThat(clock.sleeps()).containsExactly(seconds(5), seconds(10), seconds(20), seconds(30), seconds(30), seconds(5));
    assertThat(clock.slept()).isEqualTo(seconds(100));
    assertThat(gateway.detailReads()).hasSize(7);
    assertThat(awaited.getLeft()).isInstanceOfSatisfying(Failure.DeadlineExceeded.class, exceeded -> {
      assertThat(exceeded.waited()).isEqualTo(seconds(100));
      assertThat(exceeded.what()).isEqualTo("recall flow 12 to reach a final status (last seen IN_PROGRESS)");
    });
  }

  @Test
  @DisplayName("a zero timeout polls once and gives up without pausing")
  void zeroTimeout() {
    FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(RecallFlowFixtures.firstAttemptRunning(12));

    Either<Failure, RecallFlow> awaited = await(gateway, AwaitRecallFlowCommand.of(FLOW, Duration.ZERO));

    assertThat(awaited.getLeft()).isEqualTo(new Failure.DeadlineExceeded(
        "recall flow 12 to reach a final status (last seen IN_PROGRESS)", Duration.ZERO));
    assertThat(gateway.detailReads()).hasSize(1);
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  @DisplayName("tolerates retryable failures while polling")
  void toleratesRetryableFailures() {
    FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(RecallFlowFixtures.completed(12)).answerDetails(List.of(
        Either.left(GatewayFailureFixtures.unavailable()),
        Either.left(GatewayFailureFixtures.timedOut()),
        Either.left(GatewayFailureFixtures.rejected(PlatformCode.SYSTEM_EXCEPTION))));

    Either<Failure, RecallFlow> awaited = await(gateway, AwaitRecallFlowCommand.of(FLOW, Duration.ofHours(1)));

    assertThat(awaited.get().status().isTerminal()).isTrue();
    assertThat(gateway.detailReads()).hasSize(4);
  }

  @Test
  @DisplayName("gives up at the deadline when every poll fails retryably, naming the last failure")
  void retryableFailuresUntilTheDeadline() {
    GatewayFailure down = GatewayFailureFixtures.unavailable();
    FakeRecallFlowGateway gateway = new FakeRecallFlowGateway()
        .answerDetails(List.of(Either.left(down), Either.left(down), Either.left(down), Either.left(down)));

    Either<Failure, RecallFlow> awaited = await(gateway, new AwaitRecallFlowCommand(FLOW, seconds(30), seconds(5), seconds(60)));

    assertThat(awaited.getLeft()).isInstanceOfSatisfying(Failure.DeadlineExceeded.class, exceeded -> {
      assertThat(exceeded.waited()).isEqualTo(seconds(30));
      assertThat(exceeded.what()).contains("the last poll failed: " + down.message());
    });
    assertThat(clock.sleeps()).containsExactly(seconds(5), seconds(10), seconds(15));
  }

  @Test
  @DisplayName("a failure that is not retryable ends the wait with that failure")
  void nonRetryableFailure() {
    GatewayFailure refused = GatewayFailureFixtures.unauthorized();
    FakeRecallFlowGateway gateway = new FakeRecallFlowGateway().answerDetails(List.of(RUNNING, Either.left(refused)));

    Either<Failure, RecallFlow> awaited = await(gateway, AwaitRecallFlowCommand.of(FLOW, Duration.ofHours(1)));

    assertThat(awaited).isEqualTo(Either.left(new Failure.Gateway(refused)));
    assertThat(clock.sleeps()).containsExactly(seconds(5));
  }

  @Test
  @DisplayName("an unknown flow ends the wait at once with the platform's refusal")
  void unknownFlow() {
    FakeRecallFlowGateway gateway = new FakeRecallFlowGateway();

    Either<Failure, RecallFlow> awaited = await(gateway, AwaitRecallFlowCommand.of(RecallFlowId.of(404), Duration.ofHours(1)));

    assertThat(awaited.getLeft()).isInstanceOfSatisfying(Failure.Gateway.class, failure ->
        assertThat(((GatewayFailure.Rejected) failure.cause()).code()).isEqualTo(PlatformCode.DATA_NOT_FOUND));
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  @DisplayName("waits at least as long as the platform asks before polling again")
  void honoursRetryAfter() {
    FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(RecallFlowFixtures.completed(12))
        .answerDetail(Either.left(GatewayFailureFixtures.unavailable(seconds(60))));

    assertThat(await(gateway, AwaitRecallFlowCommand.of(FLOW, Duration.ofHours(1))).isRight()).isTrue();
    assertThat(clock.sleeps()).containsExactly(seconds(60));
  }

  @Test
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @DisplayName("ends even when the clock does not move, by counting the pauses taken")
  void stuckClock() {
    FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(RecallFlowFixtures.firstAttemptRunning(12));
    AwaitRecallFlowService service = new AwaitRecallFlowService(gateway, clock, clock.stuckSleeper());

    Either<Failure, RecallFlow> awaited = service.await(new AwaitRecallFlowCommand(FLOW, seconds(60), seconds(5), seconds(20)));

    assertThat(awaited.getLeft()).isInstanceOf(Failure.DeadlineExceeded.class);
    assertThat(clock.sleeps()).containsExactly(seconds(5), seconds(10), seconds(20), seconds(20), seconds(5));
    assertThat(clock.instant()).isEqualTo(NOW);
  }

  @Test
  @DisplayName("an interrupt ends the wait early and keeps the thread's interrupt flag")
  void interrupted() {
    FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(RecallFlowFixtures.firstAttemptRunning(12));
    Sleeper interrupting = duration -> {
      clock.advance(duration);
      Thread.currentThread().interrupt();
    };

    Either<Failure, RecallFlow> awaited = new AwaitRecallFlowService(gateway, clock, interrupting)
        .await(AwaitRecallFlowCommand.of(FLOW, Duration.ofHours(1)));

    assertThat(awaited.getLeft()).isInstanceOfSatisfying(Failure.DeadlineExceeded.class, exceeded -> {
      assertThat(exceeded.what()).contains("interrupted");
      assertThat(exceeded.waited()).isEqualTo(seconds(5));
    });
    assertThat(gateway.detailReads()).hasSize(1);
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }
}
