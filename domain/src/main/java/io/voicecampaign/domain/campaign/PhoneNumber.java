package io.voicecampaign.domain.campaign;

import io.voicecampaign.domain.shared.Checks;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.control.Validation;

/**
 * A callee's number: country code followed by the number, 6-18 ASCII digits, no '+' or separators
 * ({@code calleeNumber} on the wire).
 *
 * @param digits the number's digits
 */
public record PhoneNumber(String digits) {

  /** Fewest digits the platform accepts. */
  public static final int MIN_DIGITS = 6;
  /** Most digits the platform accepts. */
  public static final int MAX_DIGITS = 18;
  static final String RULE = "must be " + MIN_DIGITS + "-" + MAX_DIGITS + " digits: country code + number, no '+' or separators";

  public PhoneNumber {
    Checks.orThrow(check("number", digits));
  }

  /** The number {@code digits}, or {@link io.voicecampaign.domain.shared.InvalidValueException}. */
  public static PhoneNumber of(String digits) {
    return new PhoneNumber(digits);
  }

  /** The number, or the violation at {@code path}. */
  public static Validation<Violation, PhoneNumber> validate(String path, String digits) {
    return check(path, digits).map(PhoneNumber::new);
  }

  /** True when {@code digits} is a valid number; allocation-free, for bulk validation. */
  public static boolean isValid(String digits) {
    return digits != null && Checks.isDigits(digits, MIN_DIGITS, MAX_DIGITS);
  }

  private static Validation<Violation, String> check(String path, String digits) {
    if (digits == null) {
      return Validation.invalid(Violation.of(path, null, "is required"));
    }
    return isValid(digits) ? Validation.valid(digits) : Validation.invalid(Violation.of(path, digits, RULE));
  }

  /** The number with all but the last four digits masked, for logs. */
  public String masked() {
    int keep = Math.min(4, digits.length());
    return "*".repeat(digits.length() - keep) + digits.substring(digits.length() - keep);
  }

  @Override
  public String toString() {
    return digits;
  }
}
