package io.voicecampaign.adapter.http.config;

import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.collection.List;
import java.time.Duration;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * How the adapter repeats a call that failed for a passing reason: at most {@link #maxAttempts()}
 * attempts in all, waiting between them an exponential backoff with full jitter (a random delay between
 * zero and {@code min(maxDelay, baseDelay * 2^(retry-1))}, or longer when the platform sends
 * {@code Retry-After}), and never going on past {@link #deadline()} from the first attempt.
 *
 * <p>Which calls are repeated, and on which failures, is fixed by the adapter (see {@code WIRE.md});
 * this policy only bounds how often and how long. Immutable and thread-safe when its random generator
 * is (the default, {@link Random}, is).
 */
public final class RetryPolicy {

  /** Most attempts a policy may allow. */
  public static final int MAX_ATTEMPTS = 20;

  private static final Duration LONGEST_DELAY = Duration.ofHours(1);
  private static final Duration LONGEST_DEADLINE = Duration.ofDays(1);
  private static final RetryPolicy DEFAULTS = builder().build();

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration deadline;
  private final RandomGenerator random;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.baseDelay = builder.baseDelay;
    this.maxDelay = builder.maxDelay;
    this.deadline = builder.deadline;
    this.random = builder.random;
  }

  /** The defaults: 3 attempts, 200 ms base delay, 5 s largest delay, 30 s overall deadline. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** One attempt only: nothing is repeated (a clock-skew correction still re-signs once). */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this policy's values. */
  public Builder newBuilder() {
    return new Builder().maxAttempts(maxAttempts).baseDelay(baseDelay).maxDelay(maxDelay).deadline(deadline).random(random);
  }

  /** Attempts in all, the first included (1-20). */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The backoff before the first retry, before jitter. */
  public Duration baseDelay() {
    return baseDelay;
  }

  /** The largest backoff, before jitter. */
  public Duration maxDelay() {
    return maxDelay;
  }

  /** How long after the first attempt no further attempt starts. */
  public Duration deadline() {
    return deadline;
  }

  /**
   * The jittered wait before retry number {@code retry} (1 for the first retry): uniformly random in
   * {@code [0, min(maxDelay, baseDelay * 2^(retry-1))]}.
   */
  public Duration delayBefore(int retry) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry must be at least 1: " + retry);
    }
    long cap = maxDelay.toMillis();
    long ceiling = baseDelay.toMillis();
    for (int i = 1; i < retry && ceiling < cap; i++) {
      ceiling = ceiling > cap / 2 ? cap : ceiling * 2;
    }
    ceiling = Math.min(ceiling, cap);
    return Duration.ofMillis(ceiling <= 0 ? 0 : random.nextLong(ceiling + 1));
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay
        + ", deadline=" + deadline + "]";
  }

  /** Collects a policy's values; {@link #build()} checks them all. Not thread-safe. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration baseDelay = Duration.ofMillis(200);
    private Duration maxDelay = Duration.ofSeconds(5);
    private Duration deadline = Duration.ofSeconds(30);
    private RandomGenerator random = new Random();

    private Builder() {}

    /** Attempts in all, the first included: 1-20 (default 3). */
    public Builder maxAttempts(int value) {
      this.maxAttempts = value;
      return this;
    }

    /** The backoff before the first retry, before jitter (default 200 ms). */
    public Builder baseDelay(Duration value) {
      this.baseDelay = value;
      return this;
    }

    /** The largest backoff, before jitter (default 5 s). */
    public Builder maxDelay(Duration value) {
      this.maxDelay = value;
      return this;
    }

    /** No attempt starts later than this after the first one (default 30 s). */
    public Builder deadline(Duration value) {
      this.deadline = value;
      return this;
    }

    /** The source of jitter; must be thread-safe when the adapter is shared (default {@link Random}). */
    public Builder random(RandomGenerator value) {
      this.random = value;
      return this;
    }

    /** A jitter source seeded with {@code seed}, for reproducible delays. */
    public Builder seed(long seed) {
      this.random = new Random(seed);
      return this;
    }

    /**
     * The policy.
     *
     * @throws InvalidValueException naming every broken rule
     */
    public RetryPolicy build() {
      List<Violation> problems = List.empty();
      if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
        problems = problems.append(Violation.of("retryPolicy.maxAttempts", maxAttempts, "must be 1-" + MAX_ATTEMPTS));
      }
      problems = problems.appendAll(delay("retryPolicy.baseDelay", baseDelay));
      problems = problems.appendAll(delay("retryPolicy.maxDelay", maxDelay));
      if (baseDelay != null && maxDelay != null && maxDelay.compareTo(baseDelay) < 0) {
        problems = problems.append(Violation.of("retryPolicy.maxDelay", maxDelay, "must not be shorter than retryPolicy.baseDelay " + baseDelay));
      }
      if (deadline == null) {
        problems = problems.append(Violation.of("retryPolicy.deadline", null, "is required"));
      } else if (deadline.isNegative() || deadline.isZero() || deadline.compareTo(LONGEST_DEADLINE) > 0) {
        problems = problems.append(Violation.of("retryPolicy.deadline", deadline, "must be positive and at most " + LONGEST_DEADLINE));
      }
      if (random == null) {
        problems = problems.append(Violation.of("retryPolicy.random", null, "is required"));
      }
      if (!problems.isEmpty()) {
        throw new InvalidValueException(problems);
      }
      return new RetryPolicy(this);
    }

    private static List<Violation> delay(String path, Duration value) {
      if (value == null) {
        return List.of(Violation.of(path, null, "is required"));
      }
      return value.isNegative() || value.compareTo(LONGEST_DELAY) > 0
          ? List.of(Violation.of(path, value, "must be 0-" + LONGEST_DELAY))
          : List.empty();
    }
  }

}
