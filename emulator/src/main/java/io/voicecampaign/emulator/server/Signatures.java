package io.voicecampaign.emulator.server;

import com.sun.net.httpserver.Headers;
import io.voicecampaign.domain.shared.PlatformCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a request's {@code Api-Key}, {@code Timestamp} and {@code Sign} as the platform does:
 * {@code Sign} = hex MD5 of key + secret + timestamp (compared without regard to case, as the docs
 * call it case-insensitive), {@code Timestamp} in epoch seconds within the tolerance of the wall clock.
 * A missing header, an unknown key or a wrong signature is -1; a timestamp too far off is -16. No
 * refusal names the expected signature or the secret.
 */
final class Signatures {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final byte[] apiKey;
  private final String apiKeyText;
  private final String apiSecret;
  private final Clock wall;
  private final long toleranceSeconds;

  /** A refusal: the platform's code and reason. */
  record Refusal(PlatformCode code, String reason) {}

  Signatures(String apiKey, String apiSecret, Clock wall, Duration tolerance) {
    this.apiKeyText = apiKey;
    this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
    this.apiSecret = apiSecret;
    this.wall = wall;
    this.toleranceSeconds = tolerance.getSeconds();
  }

  /** Nothing when the request is signed right; the refusal otherwise. */
  Optional<Refusal> check(Headers headers) {
    String key = headers.getFirst("Api-Key");
    String timestamp = headers.getFirst("Timestamp");
    String sign = headers.getFirst("Sign");
    if (key == null || timestamp == null || sign == null) {
      StringBuilder missing = new StringBuilder();
      append(missing, key, "Api-Key");
      append(missing, timestamp, "Timestamp");
      append(missing, sign, "Sign");
      return refuse("the headers Api-Key, Timestamp and Sign are required; missing: " + missing);
    }
    if (!MessageDigest.isEqual(apiKey, key.getBytes(StandardCharsets.UTF_8))) {
      return refuse("unknown Api-Key");
    }
    if (timestamp.isEmpty() || timestamp.length() > 12 || !timestamp.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return refuse("Timestamp must be the request time in epoch seconds");
    }
    byte[] expected = sign(apiKeyText + apiSecret + timestamp).getBytes(StandardCharsets.US_ASCII);
    byte[] given = sign.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(expected, given)) {
      return refuse("Sign does not match: it must be the hex MD5 of Api-Key + API secret + Timestamp");
    }
    long skew = Long.parseLong(timestamp) - wall.instant().getEpochSecond();
    if (Math.abs(skew) > toleranceSeconds) {
      return Optional.of(new Refusal(PlatformCode.TIMESTAMP_EXPIRED, "timestamp expired: Timestamp " + timestamp + " is "
          + Math.abs(skew) + " s " + (skew < 0 ? "behind" : "ahead of") + " the platform's clock (at most "
          + toleranceSeconds + " s allowed)"));
    }
    return Optional.empty();
  }

  private static void append(StringBuilder missing, String value, String name) {
    if (value == null) {
      missing.append(missing.length() == 0 ? "" : ", ").append(name);
    }
  }

  private static Optional<Refusal> refuse(String reason) {
    return Optional.of(new Refusal(PlatformCode.AUTHENTICATION_ERROR, "authentication error: " + reason));
  }

  /** Lowercase hex MD5 of {@code text} in UTF-8. */
  static String sign(String text) {
    MessageDigest md5;
    try {
      md5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      // every Java platform must provide MD5 (java.security.MessageDigest's javadoc)
      throw new IllegalStateException("MD5 is not available", e);
    }
    byte[] digest = md5.digest(text.getBytes(StandardCharsets.UTF_8));
    char[] hex = new char[digest.length * 2];
    for (int i = 0; i < digest.length; i++) {
      hex[2 * i] = HEX[(digest[i] >> 4) & 0xF];
      hex[2 * i + 1] = HEX[digest[i] & 0xF];
    }
    return new String(hex);
  }
}
