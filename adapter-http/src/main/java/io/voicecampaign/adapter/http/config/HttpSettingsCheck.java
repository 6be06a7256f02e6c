package io.voicecampaign.adapter.http.config;

import io.voicecampaign.domain.shared.AppId;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.collection.List;
import io.vavr.control.Validation;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * The rules an {@link HttpConfig}'s values must meet, each violation naming its field, value and rule;
 * the API secret is hidden wherever it appears, in a credential's value or pasted into another.
 */
final class HttpSettingsCheck {

  /** What stands in a violation or a string where a secret would. */
  static final String HIDDEN = "<hidden>";

  private static final Pattern PREFIX = Pattern.compile("(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*");
  private static final Pattern HEADER_SAFE = Pattern.compile("[\\x21-\\x7E]+");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Duration LONGEST_TIMEOUT = Duration.ofDays(1);

  private HttpSettingsCheck() {}

  /** Every broken rule of {@code s}, in the order of the fields. */
  static List<Violation> problems(HttpSettings s) {
    List<Violation> problems = List.empty();
    problems = problems.appendAll(credential("apiKey", s.apiKey, "the API key from the console"));
    problems = problems.appendAll(credential("apiSecret", s.apiSecret, "the API secret from the console"));
    if (s.appId != null) {
      Validation<Violation, AppId> app = AppId.validate("appId", s.appId);
      if (app.isInvalid()) {
        problems = problems.append(app.getError());
      }
    }
    Validation<Violation, HttpUrl> url = baseUrl(s.baseUrl);
    if (url.isInvalid()) {
      problems = problems.append(url.getError());
    }
    for (Map.Entry<PlatformEndpoint, String> prefix : s.prefixes.entrySet()) {
      String value = prefix.getValue();
      if (value == null || !PREFIX.matcher(value).matches() || value.contains("/..") || value.matches(".*/\\.(/.*)?")) {
        problems = problems.append(Violation.of("pathPrefix[" + prefix.getKey() + "]", value,
            "must be empty or /segments of letters, digits, '.', '_', '~' or '-' (e.g. \"/v3\")"));
      }
    }
    problems = problems.appendAll(timeout("connectTimeout", s.connectTimeout));
    problems = problems.appendAll(timeout("readTimeout", s.readTimeout));
    problems = problems.appendAll(timeout("writeTimeout", s.writeTimeout));
    problems = problems.appendAll(timeout("callTimeout", s.callTimeout));
    problems = problems.appendAll(timeout("createReadTimeout", s.createReadTimeout));
    problems = problems.appendAll(timeout("createCallTimeout", s.createCallTimeout));
    problems = problems.appendAll(required("retryPolicy", s.retryPolicy));
    problems = problems.appendAll(required("platformZone", s.platformZone));
    if (s.logBodyBytes < 0 || s.logBodyBytes > HttpConfig.MAX_LOG_BODY_BYTES) {
      problems = problems.append(Violation.of("logBodyBytes", s.logBodyBytes, "must be 0-" + HttpConfig.MAX_LOG_BODY_BYTES));
    }
    if (s.maxResponseBytes < 1024 || s.maxResponseBytes > 1024L * 1024 * 1024) {
      problems = problems.append(Violation.of("maxResponseBytes", s.maxResponseBytes, "must be 1024-1073741824"));
    }
    problems = problems.appendAll(required("sleeper", s.sleeper));
    return withoutSecret(problems, s.apiSecret);
  }

  /** The base URL as the adapter uses it, ending with '/', or why it cannot be one. */
  static Validation<Violation, HttpUrl> baseUrl(String value) {
    if (value == null) {
      return Validation.invalid(Violation.of("baseUrl", null, "is required"));
    }
    HttpUrl url = HttpUrl.parse(value);
    if (url == null) {
      return Validation.invalid(Violation.of("baseUrl", value, "must be an absolute http(s) URL such as " + HttpConfig.LAAFFIC_BASE_URL));
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      return Validation.invalid(Violation.of("baseUrl", url.redact(), "must not carry credentials"));
    }
    if (url.query() != null || url.fragment() != null) {
      return Validation.invalid(Violation.of("baseUrl", value, "must not have a query or fragment"));
    }
    if (!url.isHttps() && !isLoopback(url.host())) {
      return Validation.invalid(Violation.of("baseUrl", value, "must use https (plain http is allowed only for loopback hosts)"));
    }
    String path = url.encodedPath();
    return Validation.valid(path.endsWith("/") ? url : url.newBuilder().encodedPath(path + "/").build());
  }

  /** The violations with the secret hidden wherever it was pasted (a base URL holding it, a mixed-up variable). */
  private static List<Violation> withoutSecret(List<Violation> problems, String apiSecret) {
    if (apiSecret == null || apiSecret.isEmpty()) {
      return problems;
    }
    return problems.map(v -> v.value() == null || !v.value().contains(apiSecret)
        ? v
        : new Violation(v.path(), v.value().replace(apiSecret, HIDDEN), v.rule()));
  }

  private static List<Violation> credential(String path, String value, String what) {
    if (value == null) {
      return List.of(Violation.of(path, null, "is required: " + what));
    }
    if (value.isBlank()) {
      return List.of(Violation.of(path, HIDDEN, "must not be blank"));
    }
    if (!HEADER_SAFE.matcher(value).matches()) {
      return List.of(Violation.of(path, HIDDEN, "must be printable ASCII without spaces"));
    }
    return List.empty();
  }

  private static List<Violation> timeout(String path, Duration value) {
    if (value == null) {
      return List.of(Violation.of(path, null, "is required"));
    }
    if (value.isNegative() || value.isZero() || value.compareTo(LONGEST_TIMEOUT) > 0) {
      return List.of(Violation.of(path, value, "must be positive and at most " + LONGEST_TIMEOUT));
    }
    return List.empty();
  }

  private static List<Violation> required(String path, Object value) {
    return value == null ? List.of(Violation.of(path, null, "is required")) : List.empty();
  }

  private static boolean isLoopback(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!IPV4.matcher(host).matches() && !host.contains(":")) {
      return false;
    }
    try {
      // a literal address: no name lookup happens
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
