package io.voicecampaign.reliability.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import okhttp3.Headers;

/** Makes a {@link FuzzedAnswer} of a given shape and status from a seed; the same seed makes the same answer. */
final class Answers {

  private static final int MEGABYTE = 1 << 20;
  /** Random bytes the megabytes of garbage are cut from: generating a fresh megabyte per try would dominate the run. */
  private static final byte[] GARBAGE = bytes(4 * MEGABYTE, new Random(20_260_302));
  private static final String[] PLATFORM_CODES = {"0", "-1", "-2", "-16", "-18", "-20", "-21", "-22", "-23", "-24",
      "-26", "-34", "-37", "-38", "-39", "-41", "-42", "-54", "-60", "-68", "1", "-999", "2147483647"};
  private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"code\"", "\"status\"", "\"msg\"", "\"data\"",
      "\"records\"", "\"taskId\"", "\"keyId\"", "\"nodeList\"", "\"voiceId\"", "0", "-16", "-18", "1e999", "1.5", "\"x\"",
      "null", "true", "\"2026-03-02 10:00:00\"", "\"\\u0000\"", "\"\\ud800\"", " "};
  private static final String[] MARKUP = {
      "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>",
      "<html><body>Service Unavailable</body></html>",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><error><code>-18</code></error>",
      "  \r\n<html>maintenance</html>",
      "<h1>{\"code\":0}</h1>"};
  private static final String[] NOT_AN_OBJECT = {"[]", "[{\"code\":0,\"msg\":\"success\",\"data\":null}]", "\"success\"", "0",
      "-16", "true", "null", "1e400", "\"{\\\"code\\\":0}\""};
  private static final String[] TRAILERS = {"}", "x", " {\"code\":0}", "]", "\u0000", "\n<html></html>", ",", "{"};
  private static final String[] RETRY_AFTER = {"0", "1", "5", "30", "120", "-3", "abc", "99999999999999999999", " 2 ",
      "Wed, 21 Oct 2015 07:28:00 GMT", "Mon, 02 Mar 2026 02:00:07 GMT"};
  private static final String[] CONTENT_TYPES = {"application/json", "application/json;charset=UTF-8",
      "application/json; charset=gbk", "text/html", "text/plain", "application/octet-stream", "xx/yy;;;", "", "*/*"};
  private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

  private Answers() {}

  /** The answer of {@code endpoint} with this shape and status, its details drawn from {@code seed}. */
  static FuzzedAnswer of(Endpoint endpoint, Shape shape, int status, long seed) {
    Random random = new Random(seed);
    Object data = Templates.data(endpoint, random);
    long createdId = endpoint == Endpoint.CREATE ? Long.parseLong(Json.write(data).replace("\"", "")) : 0;
    byte[] body = body(endpoint, shape, data, random);
    return new FuzzedAnswer(endpoint, shape, status, headers(random), body, expected(endpoint, shape, status), createdId);
  }

  private static FuzzedAnswer.Expected expected(Endpoint endpoint, Shape shape, int status) {
    boolean valid = shape == Shape.VALID || shape == Shape.BOM;
    boolean ok = status >= 200 && status < 300;
    if (endpoint.isPush()) {
      // a push may be any JSON array, the empty one included: a body that is not an object can still be a batch
      boolean neverReports = shape.neverSuccess() && shape != Shape.NOT_AN_OBJECT;
      return valid ? FuzzedAnswer.Expected.SUCCESS : neverReports ? FuzzedAnswer.Expected.FAILURE : FuzzedAnswer.Expected.EITHER;
    }
    if (valid && ok) {
      return FuzzedAnswer.Expected.SUCCESS;
    }
    if (endpoint == Endpoint.CREATE) {
      // an unreadable or failed create is looked up by name, and the lookup may find the task
      return FuzzedAnswer.Expected.EITHER;
    }
    return !ok || shape.neverSuccess() ? FuzzedAnswer.Expected.FAILURE : FuzzedAnswer.Expected.EITHER;
  }

  private static Object wrapped(Endpoint endpoint, Object data, Random random) {
    return endpoint.isPush() ? data : Templates.envelope(data, random);
  }

  private static byte[] body(Endpoint endpoint, Shape shape, Object data, Random random) {
    return switch (shape) {
      case VALID -> utf8(Json.write(wrapped(endpoint, data, random)));
      case BOM -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(Json.write(wrapped(endpoint, data, random))));
      case MUTATED -> utf8(Json.write(mutated(endpoint, data, random)));
      case BROKEN_ENVELOPE -> utf8(Json.write(brokenEnvelope(endpoint, data, random)));
      case TRUNCATED -> {
        byte[] whole = utf8(Json.write(random.nextBoolean() ? wrapped(endpoint, data, random) : mutated(endpoint, data, random)));
        yield Arrays.copyOf(whole, random.nextInt(whole.length));
      }
      case TRAILING_CONTENT -> utf8(Json.write(wrapped(endpoint, data, random)) + TRAILERS[random.nextInt(TRAILERS.length)]);
      case INVALID_UTF8 -> invalidUtf8(utf8(Json.write(wrapped(endpoint, data, random))), random);
      case MANY_RECORDS -> utf8(Json.write(wrapped(endpoint, many(endpoint, data, random), random)));
      case NOT_AN_OBJECT -> utf8(NOT_AN_OBJECT[random.nextInt(NOT_AN_OBJECT.length)]);
      case DEEP_NESTING -> utf8(deep(endpoint, random));
      case JSON_TOKENS -> utf8(tokens(random));
      case MARKUP -> utf8(MARKUP[random.nextInt(MARKUP.length)]);
      case EMPTY -> new byte[0];
      case BLANK -> utf8(" \r\n\t".substring(random.nextInt(4)) + " ".repeat(random.nextInt(50)));
      case BINARY -> bytes(1 + random.nextInt(4096), random);
      case MEGABYTE_OF_GARBAGE -> {
        int from = random.nextInt(GARBAGE.length - MEGABYTE);
        yield Arrays.copyOfRange(GARBAGE, from, from + MEGABYTE);
      }
    };
  }

  private static Object mutated(Endpoint endpoint, Object data, Random random) {
    Object tree = wrapped(endpoint, data, random);
    boolean dataOnly = (data instanceof Json.Obj || data instanceof List) && random.nextInt(5) > 0;
    Mutations.apply(dataOnly ? data : tree, 1 + random.nextInt(4), random);
    return tree;
  }

  private static Object brokenEnvelope(Endpoint endpoint, Object data, Random random) {
    if (endpoint.isPush()) {
      return Json.array(Json.obj().put("type", Json.number(1)), data);
    }
    Json.Obj envelope = Json.obj();
    switch (random.nextInt(6)) {
      case 0 -> envelope.put("code", new Json.Raw(PLATFORM_CODES[random.nextInt(PLATFORM_CODES.length)]));
      case 1 -> envelope.put("status", PLATFORM_CODES[random.nextInt(PLATFORM_CODES.length)]);
      case 2 -> envelope.put("code", Mutations.oddValue(random));
      case 3 -> envelope.put("msg", "success");
      case 4 -> envelope.put("code", new Json.Raw("0")).put("status", new Json.Raw("-16"));
      default -> envelope.put("status", Mutations.oddValue(random)).put("code", null);
    }
    envelope.put(random.nextBoolean() ? "msg" : "reason", random.nextBoolean() ? "Timestamp expired" : Mutations.oddValue(random));
    if (random.nextInt(4) > 0) {
      envelope.put("data", data);
    }
    return envelope;
  }

  private static Object many(Endpoint endpoint, Object data, Random random) {
    int copies = 200 + random.nextInt(1000);
    if (data instanceof Json.Obj obj) {
      for (Json.Member member : obj.members) {
        if (member.value instanceof List<?> list && !list.isEmpty()) {
          @SuppressWarnings("unchecked")
          List<Object> items = (List<Object>) list;
          Object first = items.get(0);
          for (int i = 0; i < copies; i++) {
            items.add(first);
          }
        }
      }
      return obj;
    }
    if (data instanceof List<?> list) {
      @SuppressWarnings("unchecked")
      List<Object> items = (List<Object>) list;
      Object first = items.get(0);
      for (int i = 0; i < copies; i++) {
        items.add(first);
      }
      return items;
    }
    return endpoint == Endpoint.CREATE ? data : "m".repeat(copies * 40);
  }

  private static String deep(Endpoint endpoint, Random random) {
    int[] depths = {64, 255, 256, 300, 1_000, 100_000};
    int depth = depths[random.nextInt(depths.length)];
    boolean closed = random.nextBoolean();
    String open = random.nextBoolean() ? "[" : "{\"a\":";
    String close = open.equals("[") ? "]" : "}";
    String nested = open.repeat(depth) + (closed ? "1" + close.repeat(depth) : "");
    return endpoint.isPush() ? nested : "{\"code\":0,\"msg\":\"success\",\"data\":" + nested + (closed ? "}" : "");
  }

  private static String tokens(Random random) {
    int count = random.nextInt(10) == 0 ? 10_000 + random.nextInt(10_000) : 1 + random.nextInt(200);
    StringBuilder out = new StringBuilder(count * 4);
    for (int i = 0; i < count; i++) {
      out.append(TOKENS[random.nextInt(TOKENS.length)]);
    }
    return out.toString();
  }

  private static byte[] invalidUtf8(byte[] json, Random random) {
    byte[] broken = json.clone();
    int changes = 1 + random.nextInt(5);
    for (int i = 0; i < changes; i++) {
      int at = random.nextInt(broken.length);
      if (Character.isLetter(broken[at])) {
        broken[at] = (byte) (random.nextBoolean() ? 0xFF : 0xC3);
      }
    }
    return broken;
  }

  private static Headers headers(Random random) {
    Headers.Builder headers = new Headers.Builder();
    if (random.nextInt(10) < 7) {
      headers.add("Content-Type", CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)]);
    }
    int date = random.nextInt(10);
    if (date < 3) {
      headers.add("Date", httpDate(START.plusSeconds(random.nextInt(7_200) - 3_600)));
    } else if (date == 3) {
      headers.add("Date", random.nextBoolean() ? httpDate(Instant.parse("1971-01-01T00:00:00Z")) : httpDate(Instant.parse("2099-12-31T23:59:59Z")));
    } else if (date == 4) {
      headers.add("Date", "yesterday");
    }
    if (random.nextInt(5) == 0) {
      headers.add("Retry-After", RETRY_AFTER[random.nextInt(RETRY_AFTER.length)]);
    }
    if (random.nextInt(10) == 0) {
      headers.add("X-Request-Id", Long.toHexString(random.nextLong()));
    }
    if (random.nextInt(20) == 0) {
      headers.add("Connection", "close");
    }
    return headers.build();
  }

  private static String httpDate(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.US).format(instant.atOffset(ZoneOffset.UTC));
  }

  private static byte[] bytes(int count, Random random) {
    byte[] bytes = new byte[count];
    random.nextBytes(bytes);
    return bytes;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
