package io.voicecampaign.domain.campaign;

import io.voicecampaign.domain.shared.Checks;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.control.Validation;

/**
 * How long the platform lets a callee's phone ring ({@code maxRingingTime}): 10-120 seconds, 60 by
 * default.
 *
 * @param seconds 10-120
 */
public record MaxRingingTime(int seconds) {

  /** Shortest allowed. */
  public static final int MIN_SECONDS = 10;
  /** Longest allowed. */
  public static final int MAX_SECONDS = 120;
  /** The platform's default: 60 s. */
  public static final MaxRingingTime DEFAULT = new MaxRingingTime(60);

  public MaxRingingTime {
    Checks.orThrow(Checks.inRange("maxRingingTime", seconds, MIN_SECONDS, MAX_SECONDS, " seconds"));
  }

  /** The ringing time, or the violation at {@code path}. */
  public static Validation<Violation, MaxRingingTime> validate(String path, int seconds) {
    return Checks.inRange(path, seconds, MIN_SECONDS, MAX_SECONDS, " seconds").map(MaxRingingTime::new);
  }

  /** {@code seconds} seconds. */
  public static MaxRingingTime ofSeconds(int seconds) {
    return new MaxRingingTime(seconds);
  }
}
