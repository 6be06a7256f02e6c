package io.voicecampaign.adapter.http.support;

import io.vavr.control.Option;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Date-times as the platform writes them: {@code yyyy-MM-dd HH:mm:ss} wall-clock time in the platform's
 * zone. Reading also accepts a fraction of a second, a {@code T} separator and an explicit offset,
 * which other pages of the same API use.
 */
public final class WireTime {

  private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter READ_LOCAL = new DateTimeFormatterBuilder()
      .appendPattern("yyyy-MM-dd")
      .optionalStart().appendLiteral(' ').optionalEnd()
      .optionalStart().appendLiteral('T').optionalEnd()
      .appendPattern("HH:mm:ss")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
      .toFormatter();

  private WireTime() {}

  /** {@code instant} as {@code yyyy-MM-dd HH:mm:ss} in {@code zone}. */
  public static String format(Instant instant, ZoneId zone) {
    return WRITE.format(LocalDateTime.ofInstant(instant, zone));
  }

  /**
   * The instant {@code text} names, reading a wall-clock time in {@code zone}; none for a null or blank
   * text.
   *
   * @throws WireProblem when the text is no date-time the platform writes
   */
  public static Option<Instant> parse(String field, String text, ZoneId zone) {
    if (text == null || text.isBlank()) {
      return Option.none();
    }
    String trimmed = text.strip();
    LocalDateTime plain = plainOrNull(trimmed);
    if (plain != null) {
      return Option.some(plain.atZone(zone).toInstant());
    }
    try {
      if (trimmed.length() > 19 && hasOffset(trimmed)) {
        return Option.some(OffsetDateTime.parse(trimmed.replace(' ', 'T')).toInstant());
      }
      return Option.some(LocalDateTime.parse(trimmed, READ_LOCAL).atZone(zone).toInstant());
    } catch (DateTimeParseException e) {
      throw new WireProblem(field + " '" + text + "' is not a date-time yyyy-MM-dd HH:mm:ss");
    } catch (DateTimeException e) {
      throw new WireProblem(field + " '" + text + "' is out of range");
    }
  }

  /**
   * The date-time of an exact {@code yyyy-MM-dd HH:mm:ss}, the form every list record carries, read
   * without the general formatter (whose optional sections copy its parse state several times per
   * value); {@code null} for any other text or an impossible date, which the formatter then judges.
   */
  private static LocalDateTime plainOrNull(String text) {
    if (text.length() != 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != ' '
        || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    if ((year | month | day | hour | minute | second) < 0 || year < 1 || month < 1 || month > 12 || day < 1
        || day > Month.of(month).length(Year.isLeap(year)) || hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    return LocalDateTime.of(year, month, day, hour, minute, second);
  }

  /** The number the ASCII digits in [from, to) spell, or -1 if any is not a digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean hasOffset(String text) {
    char last = text.charAt(text.length() - 1);
    return last == 'Z' || text.lastIndexOf('+') > 10 || text.lastIndexOf('-') > 10;
  }
}
