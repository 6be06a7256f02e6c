package io.voicecampaign.adapter.http.support;

import io.vavr.control.Option;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
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

  private static boolean hasOffset(String text) {
    char last = text.charAt(text.length() - 1);
    return last == 'Z' || text.lastIndexOf('+') > 10 || text.lastIndexOf('-') > 10;
  }
}
