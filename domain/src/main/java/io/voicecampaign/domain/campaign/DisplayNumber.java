package io.voicecampaign.domain.campaign;

import io.voicecampaign.domain.shared.Checks;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.control.Validation;

/**
 * The caller number shown to callees ({@code displayNum}): 0-20 digits; empty lets the platform choose.
 *
 * @param digits the digits, possibly empty
 */
public record DisplayNumber(String digits) {

  /** Most digits the platform accepts. */
  public static final int MAX_DIGITS = 20;

  public DisplayNumber {
    Checks.orThrow(check("displayNumber", digits));
  }

  /** The display number {@code digits}. */
  public static DisplayNumber of(String digits) {
    return new DisplayNumber(digits);
  }

  /** The display number, or the violation at {@code path}. */
  public static Validation<Violation, DisplayNumber> validate(String path, String digits) {
    return check(path, digits).map(DisplayNumber::new);
  }

  private static Validation<Violation, String> check(String path, String digits) {
    if (digits == null) {
      return Validation.invalid(Violation.of(path, null, "is required (use an empty string for none)"));
    }
    return Checks.isDigits(digits, 0, MAX_DIGITS)
        ? Validation.valid(digits)
        : Validation.invalid(Violation.of(path, digits, "must be 0-" + MAX_DIGITS + " digits"));
  }

  @Override
  public String toString() {
    return digits;
  }
}
