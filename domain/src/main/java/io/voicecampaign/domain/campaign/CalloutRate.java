package io.voicecampaign.domain.campaign;

import io.voicecampaign.domain.shared.Checks;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.control.Validation;

/**
 * The outbound call multiplier ({@code calloutRate}): a positive whole number, 1 by default. The docs
 * give no upper bound; the platform has the last word on it.
 *
 * @param multiplier at least 1
 */
public record CalloutRate(int multiplier) {

  /** The platform's default: 1. */
  public static final CalloutRate DEFAULT = new CalloutRate(1);

  public CalloutRate {
    Checks.orThrow(check("calloutRate", multiplier));
  }

  /** The rate, or the violation at {@code path}. */
  public static Validation<Violation, CalloutRate> validate(String path, int multiplier) {
    return check(path, multiplier).map(CalloutRate::new);
  }

  private static Validation<Violation, Integer> check(String path, int multiplier) {
    return multiplier >= 1
        ? Validation.valid(multiplier)
        : Validation.invalid(Violation.of(path, multiplier, "must be at least 1"));
  }

  /** The multiplier {@code n}. */
  public static CalloutRate of(int n) {
    return new CalloutRate(n);
  }
}
