package io.voicecampaign.adapter.http.core;

import io.voicecampaign.adapter.http.config.RetryPolicy;
import io.voicecampaign.application.observe.CallTrace;
import io.voicecampaign.application.port.out.Sleeper;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The attempts and time left to one operation under a {@link RetryPolicy}, which ends by its deadline:
 * no attempt starts after it and the attempt in flight is cut off at it. The first attempt is counted
 * when the budget is made. Each retry it allows is reported to the operation's {@link CallTrace} with
 * its wait before the wait begins. Not thread-safe: one per operation.
 */
final class RetryBudget {

  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration deadline;
  private final CallTrace trace;
  private final Instant start;
  private int attempts = 1;

  RetryBudget(RetryPolicy policy, Duration deadline, Clock clock, Sleeper sleeper, CallTrace trace) {
    this.policy = policy;
    this.deadline = deadline;
    this.clock = clock;
    this.sleeper = sleeper;
    this.trace = trace;
    this.start = clock.instant();
  }

  /** The time left before the deadline, at least a millisecond, which the next attempt may take at most. */
  Duration remaining() {
    Duration left = deadline.minus(Duration.between(start, clock.instant()));
    return left.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : left;
  }

  /**
   * Waits before another attempt and counts it, when the policy allows one: fewer than the maximum
   * attempts so far, and the jittered backoff (or {@code retryAfter}, when longer) ending before the
   * deadline. Returns false, without waiting, when it does not, or when the thread is interrupted.
   */
  boolean retry(Option<Duration> retryAfter) {
    if (attempts >= policy.maxAttempts() || Thread.currentThread().isInterrupted()) {
      return false;
    }
    Duration delay = policy.delayBefore(attempts);
    if (retryAfter.isDefined() && retryAfter.get().compareTo(delay) > 0) {
      delay = retryAfter.get();
    }
    Duration elapsed = Duration.between(start, clock.instant());
    if (elapsed.plus(delay).compareTo(deadline) >= 0) {
      return false;
    }
    trace.retryScheduled(delay);
    if (!delay.isZero()) {
      sleeper.sleep(delay);
    }
    if (Thread.currentThread().isInterrupted()) {
      return false;
    }
    attempts++;
    return true;
  }
}
