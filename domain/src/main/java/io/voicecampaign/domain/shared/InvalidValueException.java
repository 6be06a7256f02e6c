package io.voicecampaign.domain.shared;

import io.vavr.collection.Seq;

/**
 * Thrown when code constructs a value object directly from input that breaks its rules. Builders
 * that validate user input return every {@link Violation} as a value instead of throwing this.
 */
public final class InvalidValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient Seq<Violation> violations;

  public InvalidValueException(Seq<Violation> violations) {
    super(violations.mkString("; "));
    this.violations = violations;
  }

  public InvalidValueException(Violation violation) {
    this(io.vavr.collection.List.of(violation));
  }

  /** Every rule the value broke. */
  public Seq<Violation> violations() {
    return violations;
  }
}
