package io.voicecampaign.reliability.clockskew;

import io.voicecampaign.reliability.support.ReliabilityFixtures;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A platform with its own clock that checks every request as the real one would: a {@code Sign}
 * that does not match the key, secret and timestamp is refused with -1; a {@code Timestamp} more than
 * {@link #WINDOW} away from its clock with -16, carrying its {@code Date}; anything else gets a small
 * success answer of the endpoint. It counts requests and refusals per path.
 */
final class SkewedPlatform extends Dispatcher {

  /** How far a timestamp may be from the platform's clock (the docs give no number; five minutes here). */
  static final Duration WINDOW = Duration.ofMinutes(5);

  private final Clock clock;
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> refused = new ConcurrentHashMap<>();
  private final AtomicInteger badSigns = new AtomicInteger();

  /** A platform whose clock is {@code skew} off {@code clock}. */
  SkewedPlatform(Clock clock, Duration skew) {
    this.clock = Clock.offset(clock, skew);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    String timestamp = request.getHeaders().get("Timestamp");
    if (!sign(timestamp).equals(request.getHeaders().get("Sign"))) {
      badSigns.incrementAndGet();
      return json("{\"code\":-1,\"msg\":\"Authentication error\",\"data\":null}");
    }
    Instant now = clock.instant();
    Duration off = Duration.between(Instant.ofEpochSecond(Long.parseLong(timestamp)), now).abs();
    if (off.compareTo(WINDOW) > 0) {
      refused.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      return new MockResponse.Builder().addHeader("Date", httpDate(now))
          .body("{\"code\":-16,\"msg\":\"Timestamp expired\",\"data\":null}").build();
    }
    return json("{\"code\":0,\"msg\":\"success\",\"data\":" + data(path) + "}");
  }

  private static String data(String path) {
    if (path.endsWith("/send/agent")) {
      return "8000001";
    }
    if (path.endsWith("/call/query") || path.endsWith("/queryPage")) {
      return "{\"records\":[],\"total\":0,\"size\":100,\"current\":1,\"pages\":0}";
    }
    if (path.endsWith("/queryDetail")) {
      return "{\"keyId\":298,\"recallInterval\":30,\"recallNum\":1,\"recallType\":1,\"status\":0,"
          + "\"nodeList\":[{\"keyId\":1427,\"taskId\":null,\"nodeStatus\":0,\"scriptId\":41}]}";
    }
    return "null";
  }

  private static String sign(String timestamp) {
    try {
      byte[] digest = MessageDigest.getInstance("MD5")
          .digest((ReliabilityFixtures.API_KEY + ReliabilityFixtures.API_SECRET + timestamp).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String httpDate(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.US).format(instant.atOffset(ZoneOffset.UTC));
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
  }

  /** Requests to {@code path}. */
  int requests(String path) {
    AtomicInteger count = requests.get(path);
    return count == null ? 0 : count.get();
  }

  /** Requests to {@code path} refused for their timestamp. */
  int refused(String path) {
    AtomicInteger count = refused.get(path);
    return count == null ? 0 : count.get();
  }

  /** Requests whose Sign did not match. */
  int badSigns() {
    return badSigns.get();
  }
}
