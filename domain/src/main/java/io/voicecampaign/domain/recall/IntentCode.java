package io.voicecampaign.domain.recall;

import io.voicecampaign.domain.shared.Checks;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.control.Validation;

/**
 * An intent the AI agent assigns to a call (e.g. "99998", "101"). The platform publishes no table of
 * codes, so the SDK treats them as opaque, non-blank strings and sends them as JSON strings.
 *
 * @param value the code
 */
public record IntentCode(String value) {

  public IntentCode {
    Checks.orThrow(check("intent", value));
  }

  /** The intent {@code value}. */
  public static IntentCode of(String value) {
    return new IntentCode(value);
  }

  /** The intent, or the violation at {@code path}. */
  public static Validation<Violation, IntentCode> validate(String path, String value) {
    return check(path, value).map(IntentCode::new);
  }

  private static Validation<Violation, String> check(String path, String value) {
    if (value == null) {
      return Validation.invalid(Violation.of(path, null, "is required"));
    }
    return value.isBlank() || !value.strip().equals(value)
        ? Validation.invalid(Violation.of(path, value, "must be non-blank with no surrounding whitespace"))
        : Validation.valid(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
