package io.voicecampaign.reliability.support;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import okio.Buffer;
import okio.ByteString;

/**
 * The little JSON the tests' stateful servers need: a request body read into maps and lists, values
 * picked by key, strings quoted for answers, and the platform's wall-clock date-times at UTC+8.
 */
public final class WireJson {

  /** The platform's zone. */
  public static final ZoneId PLATFORM_ZONE = ZoneOffset.ofHours(8);

  private static final DateTimeFormatter WALL_CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private WireJson() {}

  /** The body as maps, lists, strings, doubles, booleans and nulls. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(ByteString body) {
    try (JsonReader reader = JsonReader.of(new Buffer().write(body))) {
      return (Map<String, Object>) reader.readJsonValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The object at {@code key}. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Map<String, Object> json, String key) {
    return (Map<String, Object>) json.get(key);
  }

  /** The whole number at {@code key}. */
  public static long number(Map<String, Object> json, String key) {
    return ((Number) json.get(key)).longValue();
  }

  /** The string at {@code key}, or null. */
  public static String text(Map<String, Object> json, String key) {
    Object value = json.get(key);
    return value == null ? null : value.toString();
  }

  /** {@code text} as a JSON string. */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** {@code instant} as the platform writes it: {@code yyyy-MM-dd HH:mm:ss} at UTC+8. */
  public static String wallClock(Instant instant) {
    return WALL_CLOCK.format(LocalDateTime.ofInstant(instant, PLATFORM_ZONE));
  }

  /** A platform date-time read back. */
  public static Instant instant(String wallClock) {
    return LocalDateTime.parse(wallClock, WALL_CLOCK).atZone(PLATFORM_ZONE).toInstant();
  }
}
