package io.voicecampaign.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.emulator.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** Speaks to an emulator on loopback with the JDK's HTTP client: signed platform requests and admin requests. */
public final class WireClient {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final String apiKey;
  private final String apiSecret;
  private final String adminToken;

  /** A client of {@code emulator} with the credentials it accepts. */
  public WireClient(Emulator emulator) {
    this.base = emulator.baseUrl();
    this.apiKey = emulator.config().apiKey();
    this.apiSecret = emulator.config().apiSecret();
    this.adminToken = emulator.config().adminToken();
  }

  /** An answer: HTTP status, headers and the body. */
  public record Answer(int status, Map<String, String> headers, String body) {
    /** The body as JSON. */
    public JsonValue json() {
      try {
        return io.voicecampaign.emulator.json.Json.parse(body.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new AssertionError("the answer is not JSON: " + body, e);
      }
    }

    /** The member at {@code path} ({@code data.records}); fails the test when absent. */
    public JsonValue at(String path) {
      return Json.at(json(), path);
    }
  }

  /** {@code sign(key + secret + timestamp)}: lowercase hex MD5. */
  public static String sign(String key, String secret, long timestamp) {
    try {
      byte[] digest = MessageDigest.getInstance("MD5").digest((key + secret + timestamp).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A POST to {@code path} signed right, now. */
  public Answer post(String path, String json) {
    long now = Instant.now().getEpochSecond();
    return post(path, json, headers(apiKey, Long.toString(now), sign(apiKey, apiSecret, now)));
  }

  /** A POST to {@code path} with exactly {@code headers}. */
  public Answer post(String path, String json, Map<String, String> headers) {
    return post(path, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8), headers);
  }

  /** A POST to {@code path} of {@code body} with exactly {@code headers}. */
  public Answer post(String path, HttpRequest.BodyPublisher body, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).POST(body)
        .header("Content-Type", "application/json;charset=UTF-8");
    headers.forEach(request::header);
    return send(request.build());
  }

  /** The signature headers for {@code key}, {@code timestamp} and {@code sign}. */
  public static Map<String, String> headers(String key, String timestamp, String sign) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Api-Key", key);
    headers.put("Timestamp", timestamp);
    headers.put("Sign", sign);
    return headers;
  }

  /** The headers of a request signed right at {@code epochSeconds}. */
  public Map<String, String> signedAt(long epochSeconds) {
    return headers(apiKey, Long.toString(epochSeconds), sign(apiKey, apiSecret, epochSeconds));
  }

  /** An admin request: {@code method} {@code /admin/action} with {@code json} (null for none). */
  public Answer admin(String method, String action, String json) {
    return admin(method, action, json, adminToken);
  }

  /** An admin request carrying {@code token}. */
  public Answer admin(String method, String action, String json, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/admin/" + action)).timeout(Duration.ofSeconds(30))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Admin-Token", token);
    }
    return send(request.build());
  }

  /** Any request. */
  public Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      Map<String, String> headers = new LinkedHashMap<>();
      response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
      return new Answer(response.statusCode(), headers, response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Checks the envelope of {@code answer}: HTTP 200 and {@code code} under {@code codeKey}, as a string or a number. */
  public static void assertCode(Answer answer, String codeKey, int code, boolean asString) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonValue value = answer.at(codeKey);
    if (asString) {
      assertThat(value).as(answer.body()).isEqualTo(new JsonValue.StringValue(Integer.toString(code)));
    } else {
      assertThat(value).as(answer.body()).isEqualTo(new JsonValue.NumberValue(Integer.toString(code)));
    }
  }
}
