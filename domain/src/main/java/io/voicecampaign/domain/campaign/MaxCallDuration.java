package io.voicecampaign.domain.campaign;

import io.voicecampaign.domain.shared.Checks;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.control.Validation;

/**
 * How long a connected call may last before the platform hangs up ({@code maxCalls}): 1-999 seconds,
 * 300 by default.
 *
 * @param seconds 1-999
 */
public record MaxCallDuration(int seconds) {

  /** Shortest allowed. */
  public static final int MIN_SECONDS = 1;
  /** Longest allowed. */
  public static final int MAX_SECONDS = 999;
  /** The platform's default: 300 s. */
  public static final MaxCallDuration DEFAULT = new MaxCallDuration(300);

  public MaxCallDuration {
    Checks.orThrow(Checks.inRange("maxCallDuration", seconds, MIN_SECONDS, MAX_SECONDS, " seconds"));
  }

  /** The duration, or the violation at {@code path}. */
  public static Validation<Violation, MaxCallDuration> validate(String path, int seconds) {
    return Checks.inRange(path, seconds, MIN_SECONDS, MAX_SECONDS, " seconds").map(MaxCallDuration::new);
  }

  /** {@code seconds} seconds. */
  public static MaxCallDuration ofSeconds(int seconds) {
    return new MaxCallDuration(seconds);
  }
}
