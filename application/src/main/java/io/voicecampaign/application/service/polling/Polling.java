package io.voicecampaign.application.service.polling;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.port.out.Sleeper;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Polls a read until what it reads is final, with backoff, up to a deadline: the one waiting rule of
 * the await use cases.
 *
 * <p>It polls at once, then after pauses of {@code firstDelay}, twice that, and so on up to
 * {@code maxDelay}; a pause never runs past the deadline, and one last poll is made at the deadline.
 * When the platform says how long to wait ({@link GatewayFailure.Unavailable#retryAfter()}) the pause
 * is at least that long. Time is measured with the injected {@link Clock} and the pauses are taken
 * with the injected {@link Sleeper}; the time waited counts as the larger of the clock's elapsed time
 * and the sum of the pauses, so a clock that does not move cannot make the wait endless.
 *
 * <p>Outcomes: the final value; {@link Failure.DeadlineExceeded} when the timeout passes first (or
 * when the waiting thread is interrupted, which ends the wait early and keeps the interrupt flag);
 * {@link Failure.Gateway} at the first failure that is not retryable. Retryable failures
 * ({@link GatewayFailure#retryable()}) are tolerated until the deadline. Not part of the public API.
 */
public final class Polling {

  private final Clock clock;
  private final Sleeper sleeper;

  /** Polling that measures time by {@code clock} and pauses with {@code sleeper}. */
  public Polling(Clock clock, Sleeper sleeper) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
  }

  /** How one wait paces itself. */
  public record Pace(Duration timeout, Duration firstDelay, Duration maxDelay) {
    public Pace {
      Objects.requireNonNull(timeout, "timeout == null");
      Objects.requireNonNull(firstDelay, "firstDelay == null");
      Objects.requireNonNull(maxDelay, "maxDelay == null");
    }
  }

  /**
   * Polls {@code read} until {@code result} says its value is final.
   *
   * @param result the final value, or empty with a description of the value seen ("last seen CALLING")
   * @param what   what is awaited, for the deadline's message
   */
  public <T, R> Either<Failure, R> until(Supplier<Either<GatewayFailure, T>> read, Function<T, Either<String, R>> result,
      String what, Pace pace) {
    Wait wait = new Wait(pace);
    while (true) {
      Either<GatewayFailure, T> polled = read.get();
      if (polled.isLeft() && !polled.getLeft().retryable()) {
        return Either.left(new Failure.Gateway(polled.getLeft()));
      }
      Either<String, R> judged = polled.isRight() ? result.apply(polled.get()) : Either.left("the last poll failed: "
          + polled.getLeft().message());
      if (judged.isRight()) {
        return Either.right(judged.get());
      }
      Duration remaining = pace.timeout().minus(wait.elapsed());
      if (remaining.isNegative() || remaining.isZero()) {
        return Either.left(wait.exceeded(what, judged.getLeft()));
      }
      Option<Duration> platformAsked = polled.isLeft() ? retryAfter(polled.getLeft()) : Option.none();
      wait.pause(min(max(wait.delay, platformAsked), remaining));
      if (Thread.currentThread().isInterrupted()) {
        return Either.left(wait.exceeded(what, judged.getLeft() + "; the wait was interrupted"));
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
    private final Pace pace;
    private final Instant start;
    private Duration paused = Duration.ZERO;
    private Duration delay;

    Wait(Pace pace) {
      this.pace = pace;
      this.start = clock.instant();
      this.delay = pace.firstDelay();
    }

    Duration elapsed() {
      Duration measured = Duration.between(start, clock.instant());
      return measured.compareTo(paused) >= 0 ? measured : paused;
    }

    void pause(Duration pause) {
      sleeper.sleep(pause);
      paused = paused.plus(pause);
      // doubling is capped before it can overflow a very large maxDelay
      Duration max = pace.maxDelay();
      delay = delay.compareTo(max.dividedBy(2)) >= 0 ? max : delay.multipliedBy(2);
    }

    Failure exceeded(String what, String lastSeen) {
      return new Failure.DeadlineExceeded(what + " (" + lastSeen + ")", elapsed());
    }
  }
}
