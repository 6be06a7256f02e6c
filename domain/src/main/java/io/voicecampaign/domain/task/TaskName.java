package io.voicecampaign.domain.task;

import io.voicecampaign.domain.shared.Checks;
import io.voicecampaign.domain.shared.PlatformText;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.control.Validation;

/**
 * A task's name: 2-64 characters, unique per account on the platform (a duplicate is refused with
 * -41). The SDK relies on that uniqueness to find a task whose create had an unknown outcome, so a
 * name must also carry no surrounding whitespace: a platform that trims it would store a name the
 * SDK could not find again by exact match. The rules of {@link PlatformText} apply: length counts
 * UTF-16 units, as a Java platform does (a Chinese character one, an emoji two), and control
 * characters and lone surrogates are refused.
 *
 * @param value the name, 2-64 characters
 */
public record TaskName(String value) {

  /** Shortest name the platform accepts. */
  public static final int MIN_LENGTH = 2;
  /** Longest name the platform accepts. */
  public static final int MAX_LENGTH = 64;
  private static final String LENGTH_RULE = "must be " + MIN_LENGTH + "-" + MAX_LENGTH + " characters, counted in UTF-16 units";

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
    if (!value.isEmpty() && value.isBlank()) {
      return Validation.invalid(Violation.of(path, value, "must not be blank"));
    }
    if (!value.strip().equals(value)) {
      return Validation.invalid(Violation.of(path, value, "must have no leading or trailing whitespace"));
    }
    String problem = PlatformText.problem(value, MIN_LENGTH, MAX_LENGTH, LENGTH_RULE);
    if (problem != null) {
      return Validation.invalid(Violation.of(path, value, problem));
    }
    return Validation.valid(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
