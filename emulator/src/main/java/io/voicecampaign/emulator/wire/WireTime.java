package io.voicecampaign.emulator.wire;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Date-times as the platform's pages write them: {@code yyyy-MM-dd HH:mm:ss}, wall-clock time in the
 * platform's zone (UTC+8 by default). Reading is strict: exactly that pattern, a real calendar date.
 */
public final class WireTime {

  /** The pattern, as rules name it. */
  public static final String PATTERN = "yyyy-MM-dd HH:mm:ss";

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

  private WireTime() {}

  /** {@code instant} as {@code yyyy-MM-dd HH:mm:ss} in {@code zone}. */
  public static String format(Instant instant, ZoneId zone) {
    return FORMAT.format(LocalDateTime.ofInstant(instant, zone));
  }

  /** The instant {@code text} names in {@code zone}; empty when it is no such date-time. */
  public static Optional<Instant> parse(String text, ZoneId zone) {
    if (text == null || text.length() != PATTERN.length()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(text, FORMAT).atZone(zone).toInstant());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
