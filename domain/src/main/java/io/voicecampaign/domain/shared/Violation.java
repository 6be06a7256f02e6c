package io.voicecampaign.domain.shared;

import java.util.Objects;

/**
 * One broken rule in user input: where it is ({@code callees[1834].number}), the offending value as
 * given, and the rule it breaks.
 *
 * @param path  the field path, indexed for list elements
 * @param value the offending value rendered as text ({@code null} when absent)
 * @param rule  the rule, phrased so that it reads after "must"/"may" is implied (e.g. "6-18 digits")
 */
public record Violation(String path, String value, String rule) {

  public Violation {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(rule, "rule == null");
  }

  /** Creates a violation, rendering the value with {@link String#valueOf(Object)}. */
  public static Violation of(String path, Object value, String rule) {
    return new Violation(path, value == null ? null : String.valueOf(value), rule);
  }

  /** The same violation placed under a parent path: {@code nested("recallPlan")}. */
  public Violation under(String parent) {
    return new Violation(parent + "." + path, value, rule);
  }

  @Override
  public String toString() {
    return path + ": " + (value == null ? "<absent>" : "'" + value + "'") + " violates: " + rule;
  }
}
