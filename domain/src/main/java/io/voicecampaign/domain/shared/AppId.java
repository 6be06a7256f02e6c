package io.voicecampaign.domain.shared;

import io.vavr.control.Validation;

/**
 * The platform application a task belongs to ({@code appId}, e.g. "Jgd8oFei"), one of the three
 * credentials from the console.
 *
 * @param value the non-blank id, without surrounding whitespace
 */
public record AppId(String value) {

  public AppId {
    Checks.orThrow(check("appId", value));
  }

  /** The application {@code value}. */
  public static AppId of(String value) {
    return new AppId(value);
  }

  /** The app id, or the violation at {@code path}. */
  public static Validation<Violation, AppId> validate(String path, String value) {
    return check(path, value).map(AppId::new);
  }

  private static Validation<Violation, String> check(String path, String value) {
    if (value == null) {
      return Validation.invalid(Violation.of(path, null, "is required"));
    }
    if (value.isBlank() || !value.strip().equals(value)) {
      return Validation.invalid(Violation.of(path, value, "must be non-blank with no surrounding whitespace"));
    }
    return Validation.valid(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
