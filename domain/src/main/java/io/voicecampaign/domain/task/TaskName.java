package io.voicecampaign.domain.task;

import io.voicecampaign.domain.shared.Checks;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.control.Validation;

/**
 * A task's name: 2-64 characters, unique per account on the platform (a duplicate is refused with
 * -41). The SDK relies on that uniqueness to find a task whose create had an unknown outcome, so a
 * name must also carry no surrounding whitespace: a platform that trims it would store a name the
 * SDK could not find again by exact match. Length counts Unicode characters (code points), so
 * Chinese characters and emoji count one each.
 *
 * @param value the name, 2-64 characters
 */
public record TaskName(String value) {

  /** Shortest name the platform accepts. */
  public static final int MIN_LENGTH = 2;
  /** Longest name the platform accepts. */
  public static final int MAX_LENGTH = 64;

  public TaskName {
    Checks.orThrow(check("taskName", value));
  }

  /** The name {@code value}, or {@link io.voicecampaign.domain.shared.InvalidValueException}. */
  public static TaskName of(String value) {
    return new TaskName(value);
  }

  /** The name, or the violation at {@code path}. */
  public static Validation<Violation, TaskName> validate(String path, String value) {
    return check(path, value).map(TaskName::new);
  }

  private static Validation<Violation, String> check(String path, String value) {
    if (value == null) {
      return Validation.invalid(Violation.of(path, null, "is required"));
    }
    int length = Checks.characters(value);
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      return Validation.invalid(Violation.of(path, value, "must be " + MIN_LENGTH + "-" + MAX_LENGTH + " characters"));
    }
    if (value.isBlank()) {
      return Validation.invalid(Violation.of(path, value, "must not be blank"));
    }
    if (!value.strip().equals(value)) {
      return Validation.invalid(Violation.of(path, value, "must have no leading or trailing whitespace"));
    }
    return Validation.valid(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
