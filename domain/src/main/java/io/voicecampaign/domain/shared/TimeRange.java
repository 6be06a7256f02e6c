package io.voicecampaign.domain.shared;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.Objects;

/**
 * A closed range of instants used to filter lists ({@code strTime} .. {@code endTime} on the wire).
 * Both ends must be instants the wire can carry ({@link PlatformInstants}).
 *
 * @param from the first instant included
 * @param to   the last instant included, not before {@code from}
 */
public record TimeRange(Instant from, Instant to) {

  /** @throws InvalidValueException naming every broken rule */
  public TimeRange {
    Seq<Violation> problems = check(from, to);
    if (!problems.isEmpty()) {
      throw new InvalidValueException(problems);
    }
  }

  private static Seq<Violation> check(Instant from, Instant to) {
    Objects.requireNonNull(from, "from == null");
    Objects.requireNonNull(to, "to == null");
    Seq<Violation> problems = List.ofAll(PlatformInstants.check("range.from", from))
        .appendAll(PlatformInstants.check("range.to", to));
    return to.isBefore(from)
        ? problems.append(Violation.of("range.to", to, "must not be before range.from " + from))
        : problems;
  }

  /**
   * The range from {@code from} to {@code to}.
   *
   * @throws InvalidValueException naming every broken rule; {@link #validate} answers them instead
   */
  public static TimeRange between(Instant from, Instant to) {
    return new TimeRange(from, to);
  }

  /** The range from {@code from} to {@code to}, or every violation of its rules. */
  public static Validation<Seq<Violation>, TimeRange> validate(Instant from, Instant to) {
    Seq<Violation> problems = check(from, to);
    return problems.isEmpty() ? Validation.valid(new TimeRange(from, to)) : Validation.invalid(problems);
  }

  /** True when {@code instant} lies within the range, both ends included. */
  public boolean contains(Instant instant) {
    return !instant.isBefore(from) && !instant.isAfter(to);
  }
}
