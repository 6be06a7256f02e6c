package io.voicecampaign.domain.shared;

import java.time.Instant;
import java.util.Objects;

/**
 * A closed range of instants used to filter lists ({@code strTime} .. {@code endTime} on the wire).
 *
 * @param from the first instant included
 * @param to   the last instant included, not before {@code from}
 */
public record TimeRange(Instant from, Instant to) {

  public TimeRange {
    Objects.requireNonNull(from, "from == null");
    Objects.requireNonNull(to, "to == null");
    if (to.isBefore(from)) {
      throw new InvalidValueException(Violation.of("range.to", to, "must not be before range.from " + from));
    }
  }

  /** The range from {@code from} to {@code to}. */
  public static TimeRange between(Instant from, Instant to) {
    return new TimeRange(from, to);
  }

  /** True when {@code instant} lies within the range, both ends included. */
  public boolean contains(Instant instant) {
    return !instant.isBefore(from) && !instant.isAfter(to);
  }
}
