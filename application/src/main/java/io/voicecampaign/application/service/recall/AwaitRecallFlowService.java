package io.voicecampaign.application.service.recall;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.recall.AwaitRecallFlowCommand;
import io.voicecampaign.application.port.in.recall.AwaitRecallFlowUseCase;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.port.out.RecallFlowGateway;
import io.voicecampaign.application.port.out.Sleeper;
import io.voicecampaign.domain.recall.RecallFlow;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Waits for a recall flow to reach a final status (completed, cancelled or execution exception) by
 * polling its detail.
 *
 * <p>It polls at once, then after pauses of {@code firstDelay}, twice that, and so on up to
 * {@code maxDelay}; a pause never runs past the deadline, and one last poll is made at the deadline.
 * When the platform says how long to wait ({@link GatewayFailure.Unavailable#retryAfter()}) the pause
 * is at least that long. Time is measured with the injected {@link Clock} and the pauses are taken
 * with the injected {@link Sleeper}; the time waited counts as the larger of the clock's elapsed time
 * and the sum of the pauses, so a clock that does not move cannot make the wait endless.
 *
 * <p>Outcomes: the final flow; {@link Failure.DeadlineExceeded} when the timeout passes first (or
 * when the waiting thread is interrupted, which ends the wait early and keeps the interrupt flag);
 * {@link Failure.Gateway} at the first failure that is not retryable. Retryable failures
 * ({@link GatewayFailure#retryable()}) are tolerated until the deadline.
 */
public final class AwaitRecallFlowService implements AwaitRecallFlowUseCase {

  private final RecallFlowGateway gateway;
  private final Clock clock;
  private final Sleeper sleeper;

  /** A service polling through {@code gateway}, measuring time by {@code clock} and pausing with {@code sleeper}. */
  @Inject
  public AwaitRecallFlowService(RecallFlowGateway gateway, Clock clock, Sleeper sleeper) {
    this.gateway = Objects.requireNonNull(gateway, "gateway == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
  }

  @Override
  public Either<Failure, RecallFlow> await(AwaitRecallFlowCommand command) {
    Objects.requireNonNull(command, "command == null");
    Wait wait = new Wait(command);
    while (true) {
      Either<GatewayFailure, RecallFlow> polled = gateway.flowDetail(command.flowId());
      if (polled.isRight() && polled.get().status().isTerminal()) {
        return Either.right(polled.get());
      }
      if (polled.isLeft() && !polled.getLeft().retryable()) {
        return Either.left(new Failure.Gateway(polled.getLeft()));
      }
      String lastSeen = polled.fold(failure -> "the last poll failed: " + failure.message(),
          flow -> "last seen " + flow.status());
      Duration remaining = command.timeout().minus(wait.elapsed());
      if (remaining.isNegative() || remaining.isZero()) {
        return Either.left(wait.exceeded(lastSeen));
      }
      Option<Duration> platformAsked = polled.isLeft() ? retryAfter(polled.getLeft()) : Option.none();
      wait.pause(min(max(wait.delay, platformAsked), remaining));
      if (Thread.currentThread().isInterrupted()) {
        return Either.left(wait.exceeded(lastSeen + "; the wait was interrupted"));
      }
    }
  }

  private static Option<Duration> retryAfter(GatewayFailure failure) {
    return failure instanceof GatewayFailure.Unavailable unavailable ? unavailable.retryAfter() : Option.none();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static Duration max(Duration delay, Option<Duration> platformAsked) {
    return platformAsked.filter(asked -> asked.compareTo(delay) > 0).getOrElse(delay);
  }

  /** One wait's progress: when it started, the pauses taken, the next pause. */
  private final class Wait {
    private final AwaitRecallFlowCommand command;
    private final Instant start;
    private Duration paused = Duration.ZERO;
    private Duration delay;

    Wait(AwaitRecallFlowCommand command) {
      this.command = command;
      this.start = clock.instant();
      this.delay = command.firstDelay();
    }

    Duration elapsed() {
      Duration measured = Duration.between(start, clock.instant());
      return measured.compareTo(paused) >= 0 ? measured : paused;
    }

    void pause(Duration pause) {
      sleeper.sleep(pause);
      paused = paused.plus(pause);
      // doubling is capped before it can overflow a very large maxDelay
      Duration max = command.maxDelay();
      delay = delay.compareTo(max.dividedBy(2)) >= 0 ? max : delay.multipliedBy(2);
    }

    Failure exceeded(String lastSeen) {
      return new Failure.DeadlineExceeded("recall flow " + command.flowId() + " to reach a final status (" + lastSeen + ")",
          elapsed());
    }
  }
}
