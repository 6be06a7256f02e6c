package io.voicecampaign.adapter.http.report;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;

/**
 * Reads the push's times, which the docs describe as "yyyyMMddHHmmSS (millisecond timestamp)": a
 * contradiction, so every form seen on the platform's pushes is accepted, as a JSON string or number.
 *
 * <p>Detection rule, on the value's text with surrounding whitespace removed:
 * <ol>
 *   <li>empty, or no digit but 0 ({@code 0}, {@code 00000000000000}, {@code 0000-00-00 00:00:00}):
 *       absent, the usual way of saying "did not happen";
 *   <li>14 digits: {@code yyyyMMddHHmmss}, wall-clock time in the platform's zone;
 *   <li>17 digits: {@code yyyyMMddHHmmssSSS}, the same with milliseconds;
 *   <li>1-13 digits: an epoch count, in seconds below 100,000,000,000 and in milliseconds from there
 *       on. The two ranges cannot be confused for any date between 1973-03-03 and 5138-11-16: seconds
 *       reach 100,000,000,000 only in 5138, milliseconds pass it in 1973. (A 14-digit epoch in
 *       milliseconds would be after 2286 and is read as {@code yyyyMMddHHmmss}.)
 *   <li>{@code yyyy-MM-dd HH:mm:ss} in the platform's zone, as the rest of the API writes times, or
 *       an ISO-8601 time with an offset ({@code 2025-08-17T19:30:13+08:00});
 *   <li>anything else (15, 16 or 18+ digits, signs, fractions, other text) is refused.
 * </ol>
 */
final class ReportTimes {

  /** Epoch values from here on are milliseconds; below, seconds. */
  static final long MILLISECONDS_FROM = 100_000_000_000L;

  private static final DateTimeFormatter COMPACT =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter COMPACT_MILLIS =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmssSSS").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter PLATFORM =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

  private final ZoneId zone;

  ReportTimes(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone == null");
  }

  /** The instant {@code raw} names, absent for an empty or zero value, or why it is not a time. */
  Either<String, Option<Instant>> parse(String raw) {
    String text = raw.strip();
    if (text.isEmpty() || isZeros(text)) {
      return Either.right(Option.none());
    }
    try {
      if (isDigits(text)) {
        return digits(text);
      }
      try {
        return Either.right(Option.some(LocalDateTime.parse(text, PLATFORM).atZone(zone).toInstant()));
      } catch (DateTimeParseException notPlatformFormat) {
        return Either.right(Option.some(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant()));
      }
    } catch (DateTimeException e) {
      return Either.left("'" + text + "' is not a time (yyyyMMddHHmmss, yyyyMMddHHmmssSSS, epoch seconds or milliseconds,"
          + " yyyy-MM-dd HH:mm:ss, or ISO-8601 with an offset)");
    }
  }

  private Either<String, Option<Instant>> digits(String text) {
    switch (text.length()) {
      case 14:
        return Either.right(Option.some(LocalDateTime.parse(text, COMPACT).atZone(zone).toInstant()));
      case 17:
        return Either.right(Option.some(LocalDateTime.parse(text, COMPACT_MILLIS).atZone(zone).toInstant()));
      default:
        if (text.length() > 13) {
          return Either.left("'" + text + "' has " + text.length()
              + " digits: neither yyyyMMddHHmmss (14), yyyyMMddHHmmssSSS (17) nor an epoch count (up to 13)");
        }
        long value = Long.parseLong(text);
        return Either.right(Option.some(value < MILLISECONDS_FROM ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value)));
    }
  }

  private static boolean isDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isZeros(String text) {
    boolean zero = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '0') {
        zero = true;
      } else if (c != '-' && c != ':' && c != ' ') {
        return false;
      }
    }
    return zero;
  }
}
