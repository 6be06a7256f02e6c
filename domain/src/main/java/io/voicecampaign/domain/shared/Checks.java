package io.voicecampaign.domain.shared;

import io.vavr.control.Validation;

/** Small rule checks shared by the value types. Not part of the public API. */
public final class Checks {

  private Checks() {}

  /** True when {@code s} holds only ASCII digits and its length is within [min, max]. */
  public static boolean isDigits(String s, int min, int max) {
    int n = s.length();
    if (n < min || n > max) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Valid {@code value} when {@code min <= value <= max}, otherwise a violation naming the range. */
  public static Validation<Violation, Integer> inRange(String path, int value, int min, int max, String unit) {
    return value >= min && value <= max
        ? Validation.valid(value)
        : Validation.invalid(Violation.of(path, value, "must be " + min + "-" + max + unit));
  }

  /** Returns the value or throws {@link InvalidValueException} with its violation. */
  public static <T> T orThrow(Validation<Violation, T> validation) {
    if (validation.isInvalid()) {
      throw new InvalidValueException(validation.getError());
    }
    return validation.get();
  }
}
