package io.voicecampaign.domain.shared;

import io.vavr.control.Option;
import java.time.Instant;

/**
 * The instants the platform's wire format can carry. Times travel as {@code yyyy-MM-dd HH:mm:ss} in
 * the platform's zone, a four-digit year, so an instant outside these bounds (which keep the year
 * within 0001-9999 at any zone offset) cannot be written: {@code Instant.MAX} cannot even be turned
 * into a local date-time, and year 10000 would be written as {@code +10000-...}.
 */
public final class PlatformInstants {

  /** The earliest instant the wire can carry. */
  public static final Instant EARLIEST = Instant.parse("0001-01-02T00:00:00Z");
  /** The latest instant the wire can carry. */
  public static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

  private static final String RULE = "must be between " + EARLIEST + " and " + LATEST + ", the times the platform's format can carry";

  private PlatformInstants() {}

  /** The violation at {@code path} when {@code instant} cannot be carried; none when it can. */
  public static Option<Violation> check(String path, Instant instant) {
    return instant.isBefore(EARLIEST) || instant.isAfter(LATEST)
        ? Option.some(Violation.of(path, instant, RULE))
        : Option.none();
  }
}
