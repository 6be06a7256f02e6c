package io.voicecampaign.adapter.http.config;

import io.voicecampaign.application.observe.GatewayListener;
import io.voicecampaign.application.observe.GatewayListeners;
import io.voicecampaign.application.port.out.Sleeper;
import io.voicecampaign.domain.shared.AppId;
import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Everything the HTTP adapter needs to talk to the platform: credentials, base URL, per-endpoint path
 * prefixes, timeouts, retries, the platform's time zone, optional request logging and the gateway
 * listeners that observe every call. Immutable and
 * thread-safe; {@link #newBuilder()} returns a builder holding a copy to change.
 *
 * <p>Build one with {@link #builder()} or read it from the environment with {@link #fromEnvironment(Map)};
 * both check every value and throw {@link InvalidValueException} naming every problem at once. The API
 * secret never appears in {@link #toString()}, in a violation or in a log line; the adapter reads it
 * only through {@link #signature(long)}.
 */
public final class HttpConfig {

  /** LAAFFIC's API host. */
  public static final String LAAFFIC_BASE_URL = "https://api.laaffic.com";
  /** ITNIO TECH's API host. */
  public static final String ITNIO_BASE_URL = "https://api.itniotech.com";

  /** Environment variable holding the API key ("API authentication name" in the console). */
  public static final String ENV_API_KEY = "VOICE_API_KEY";
  /** Environment variable holding the API secret. */
  public static final String ENV_API_SECRET = "VOICE_API_SECRET";
  /** Environment variable holding the application id ({@code appId}). */
  public static final String ENV_APP_ID = "VOICE_APP_ID";
  /** Environment variable holding the base URL; optional, {@link #LAAFFIC_BASE_URL} when unset. */
  public static final String ENV_BASE_URL = "VOICE_BASE_URL";

  /** The platform's zone as all evidence puts it: UTC+8. */
  public static final ZoneId DEFAULT_PLATFORM_ZONE = ZoneOffset.ofHours(8);

  /** Most bytes of a body a log line shows. */
  public static final int MAX_LOG_BODY_BYTES = 64 * 1024;

  private static final Pattern PREFIX = Pattern.compile("(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*");
  private static final Pattern HEADER_SAFE = Pattern.compile("[\\x21-\\x7E]+");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Duration LONGEST_TIMEOUT = Duration.ofDays(1);
  private static final String HIDDEN = "<hidden>";

  private final String apiKey;
  private final String apiSecret;
  private final Option<AppId> appId;
  private final HttpUrl baseUrl;
  private final EnumMap<PlatformEndpoint, String> prefixes;
  private final OkHttpClient okHttpClient;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration callTimeout;
  private final Duration createReadTimeout;
  private final Duration createCallTimeout;
  private final RetryPolicy retryPolicy;
  private final ZoneId platformZone;
  private final boolean streamCreateBody;
  private final boolean tcpNoDelay;
  private final Consumer<String> requestLog;
  private final int logBodyBytes;
  private final long maxResponseBytes;
  private final Sleeper sleeper;
  private final GatewayListeners listeners;

  private HttpConfig(Builder b, HttpUrl baseUrl, Option<AppId> appId) {
    this.apiKey = b.apiKey;
    this.apiSecret = b.apiSecret;
    this.appId = appId;
    this.baseUrl = baseUrl;
    this.prefixes = new EnumMap<>(b.prefixes);
    this.okHttpClient = b.okHttpClient;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.writeTimeout = b.writeTimeout;
    this.callTimeout = b.callTimeout;
    this.createReadTimeout = b.createReadTimeout;
    this.createCallTimeout = b.createCallTimeout;
    this.retryPolicy = b.retryPolicy;
    this.platformZone = b.platformZone;
    this.streamCreateBody = b.streamCreateBody;
    this.tcpNoDelay = b.tcpNoDelay;
    this.requestLog = b.requestLog;
    this.logBodyBytes = b.logBodyBytes;
    this.maxResponseBytes = b.maxResponseBytes;
    this.sleeper = b.sleeper;
    this.listeners = b.listeners;
  }

  /** A builder with the defaults: LAAFFIC host, seed-page prefixes, default timeouts and retries. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The configuration from {@code VOICE_API_KEY}, {@code VOICE_API_SECRET}, {@code VOICE_APP_ID} (all
   * required) and {@code VOICE_BASE_URL} (optional), with every other value at its default.
   *
   * @param environment the variables, e.g. {@link System#getenv()}
   * @throws InvalidValueException naming every missing or invalid variable; the secret's value is never shown
   */
  public static HttpConfig fromEnvironment(Map<String, String> environment) {
    Objects.requireNonNull(environment, "environment == null");
    Builder builder = builder()
        .apiKey(environment.get(ENV_API_KEY))
        .apiSecret(environment.get(ENV_API_SECRET))
        .appId(environment.get(ENV_APP_ID));
    String baseUrl = environment.get(ENV_BASE_URL);
    if (baseUrl != null && !baseUrl.isBlank()) {
      builder.baseUrl(baseUrl.strip());
    }
    List<Violation> problems = builder.problems().map(HttpConfig::asEnvironmentProblem);
    if (builder.appId == null) {
      problems = problems.append(Violation.of(ENV_APP_ID, null, "is required: the application id (appId) from the console"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException(problems.sortBy(Violation::path));
    }
    return builder.build();
  }

  /** {@link #fromEnvironment(Map)} over this process's environment. */
  public static HttpConfig fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  private static Violation asEnvironmentProblem(Violation v) {
    switch (v.path()) {
      case "apiKey":
        return new Violation(ENV_API_KEY, v.value(), v.rule());
      case "apiSecret":
        return new Violation(ENV_API_SECRET, v.value(), v.rule());
      case "appId":
        return new Violation(ENV_APP_ID, v.value(), v.rule());
      case "baseUrl":
        return new Violation(ENV_BASE_URL, v.value(), v.rule());
      default:
        return v;
    }
  }

  /** A builder holding this configuration's values. */
  public Builder newBuilder() {
    Builder b = new Builder();
    b.apiKey = apiKey;
    b.apiSecret = apiSecret;
    b.appId = appId.map(AppId::value).getOrNull();
    b.baseUrl = baseUrl.toString();
    b.prefixes.putAll(prefixes);
    b.okHttpClient = okHttpClient;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.writeTimeout = writeTimeout;
    b.callTimeout = callTimeout;
    b.createReadTimeout = createReadTimeout;
    b.createCallTimeout = createCallTimeout;
    b.retryPolicy = retryPolicy;
    b.platformZone = platformZone;
    b.streamCreateBody = streamCreateBody;
    b.tcpNoDelay = tcpNoDelay;
    b.requestLog = requestLog;
    b.logBodyBytes = logBodyBytes;
    b.maxResponseBytes = maxResponseBytes;
    b.sleeper = sleeper;
    b.listeners = listeners;
    return b;
  }

  /** The API key sent as {@code Api-Key}. */
  public String apiKey() {
    return apiKey;
  }

  /**
   * The {@code Sign} for a request stamped {@code epochSeconds}: lowercase hex MD5 of API key, API
   * secret and timestamp. The only way the secret leaves this object.
   */
  public String signature(long epochSeconds) {
    return Signature.sign(apiKey, apiSecret, Long.toString(epochSeconds));
  }

  /** {@code text} with every occurrence of the API secret replaced by {@code <hidden>}. */
  public String redactSecret(String text) {
    return text.replace(apiSecret, HIDDEN);
  }

  /** The application id campaigns are launched under, when configured. */
  public Option<AppId> appId() {
    return appId;
  }

  /** The base URL, ending with '/'. */
  public String baseUrl() {
    return baseUrl.toString();
  }

  /** The prefix of {@code endpoint}'s path: {@code ""} or segments such as {@code "/v3"}. */
  public String pathPrefix(PlatformEndpoint endpoint) {
    return prefixes.get(endpoint);
  }

  /** The client the adapter derives its own clients from, when the user supplied one. */
  public Option<OkHttpClient> okHttpClient() {
    return Option.of(okHttpClient);
  }

  /** How long opening a connection may take. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** How long the adapter waits for each read from the platform. */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** How long the adapter waits for each write to the platform. */
  public Duration writeTimeout() {
    return writeTimeout;
  }

  /**
   * How long one attempt of a read or a small write (connect, send, wait, read) may take; the whole
   * operation, its retries and waits included, also ends by the retry policy's deadline.
   */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** The read timeout of a create, which starts after the last byte of a possibly huge body. */
  public Duration createReadTimeout() {
    return createReadTimeout;
  }

  /**
   * How long a whole create may take: every attempt, the one in flight included, ends by it, whatever
   * the network does (a body trickled a byte at a time, headers that never end, a flood of
   * {@code 102 Processing}).
   */
  public Duration createCallTimeout() {
    return createCallTimeout;
  }

  /** How failed calls are repeated. */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** The zone of the platform's wall-clock date-times. */
  public ZoneId platformZone() {
    return platformZone;
  }

  /** True when the create body is sent chunked, without {@code Content-Length}, instead of sized. */
  public boolean streamCreateBody() {
    return streamCreateBody;
  }

  /** True when the adapter's connections have Nagle's algorithm off ({@code TCP_NODELAY}), the default. */
  public boolean tcpNoDelay() {
    return tcpNoDelay;
  }

  /** Where request log lines go, if logging is on. */
  public Option<Consumer<String>> requestLog() {
    return Option.of(requestLog);
  }

  /** Most bytes of each body a log line shows (0: none). */
  public int logBodyBytes() {
    return logBodyBytes;
  }

  /** Largest response body read; a larger one is a malformed response. */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /** How the adapter and the use cases pause between attempts and polls. */
  public Sleeper sleeper() {
    return sleeper;
  }

  /** The listeners every gateway call is reported to, in the order they were added. */
  public GatewayListeners listeners() {
    return listeners;
  }

  @Override
  public String toString() {
    return "HttpConfig[baseUrl=" + baseUrl + ", apiKey=" + HIDDEN + ", apiSecret=" + HIDDEN
        + ", appId=" + appId.map(AppId::value).getOrElse("<none>") + ", pathPrefixes=" + prefixes
        + ", okHttpClient=" + (okHttpClient == null ? "default" : "supplied")
        + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", writeTimeout=" + writeTimeout
        + ", callTimeout=" + callTimeout + ", createReadTimeout=" + createReadTimeout
        + ", createCallTimeout=" + createCallTimeout + ", retryPolicy=" + retryPolicy
        + ", platformZone=" + platformZone + ", streamCreateBody=" + streamCreateBody + ", tcpNoDelay=" + tcpNoDelay
        + ", requestLog=" + (requestLog == null ? "off" : "on, " + logBodyBytes + " body bytes")
        + ", maxResponseBytes=" + maxResponseBytes + ", listeners=" + listeners.size() + "]";
  }

  /** Collects configuration values; {@link #build()} checks them all. Not thread-safe. */
  public static final class Builder {
    private String apiKey;
    private String apiSecret;
    private String appId;
    private String baseUrl = LAAFFIC_BASE_URL;
    private final EnumMap<PlatformEndpoint, String> prefixes = new EnumMap<>(PlatformEndpoint.class);
    private OkHttpClient okHttpClient;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ofSeconds(30);
    private Duration createReadTimeout = Duration.ofSeconds(180);
    private Duration createCallTimeout = Duration.ofMinutes(5);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private ZoneId platformZone = DEFAULT_PLATFORM_ZONE;
    private boolean streamCreateBody;
    private boolean tcpNoDelay = true;
    private Consumer<String> requestLog;
    private int logBodyBytes = 1024;
    private long maxResponseBytes = 8L * 1024 * 1024;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private GatewayListeners listeners = GatewayListeners.none();

    private Builder() {
      for (PlatformEndpoint endpoint : PlatformEndpoint.values()) {
        prefixes.put(endpoint, endpoint.defaultPrefix());
      }
    }

    /** The API key (required). */
    public Builder apiKey(String value) {
      this.apiKey = value;
      return this;
    }

    /** The API secret (required); kept out of every string the adapter produces. */
    public Builder apiSecret(String value) {
      this.apiSecret = value;
      return this;
    }

    /** The application id campaigns are launched under (optional; campaigns carry their own). */
    public Builder appId(String value) {
      this.appId = value;
      return this;
    }

    /**
     * The platform's base URL, e.g. {@link HttpConfig#LAAFFIC_BASE_URL} (the default) or
     * {@link HttpConfig#ITNIO_BASE_URL}. It may carry a path; {@code https} is required except for
     * loopback hosts.
     */
    public Builder baseUrl(String value) {
      this.baseUrl = value;
      return this;
    }

    /** The path prefix of one endpoint: {@code ""}, {@code "/v3"} or other {@code /segment}s. */
    public Builder pathPrefix(PlatformEndpoint endpoint, String prefix) {
      Objects.requireNonNull(endpoint, "endpoint == null");
      prefixes.put(endpoint, prefix);
      return this;
    }

    /** The same path prefix for every endpoint. */
    public Builder pathPrefixForAll(String prefix) {
      for (PlatformEndpoint endpoint : PlatformEndpoint.values()) {
        prefixes.put(endpoint, prefix);
      }
      return this;
    }

    /**
     * The client to derive the adapter's clients from (its proxy, pool, dispatcher and interceptors
     * are kept). The adapter sets its own timeouts, turns redirects off and adds its signing interceptor
     * on the derived clients; the supplied client itself is not changed.
     */
    public Builder okHttpClient(OkHttpClient value) {
      this.okHttpClient = value;
      return this;
    }

    /** How long opening a connection may take (default 10 s). */
    public Builder connectTimeout(Duration value) {
      this.connectTimeout = value;
      return this;
    }

    /** How long each read may wait (default 30 s). */
    public Builder readTimeout(Duration value) {
      this.readTimeout = value;
      return this;
    }

    /** How long each write may wait (default 30 s). */
    public Builder writeTimeout(Duration value) {
      this.writeTimeout = value;
      return this;
    }

    /** How long one attempt of a read or a small write may take (default 30 s); creates use their own. */
    public Builder callTimeout(Duration value) {
      this.callTimeout = value;
      return this;
    }

    /**
     * The read timeout of a create (default 180 s): it starts after the last request byte, and the
     * platform may take a while to accept 200,000 callees.
     */
    public Builder createReadTimeout(Duration value) {
      this.createReadTimeout = value;
      return this;
    }

    /**
     * How long a whole create may take, its attempts included (default 5 min: room to send 200,000
     * callees over a slow link and for the platform to accept them).
     */
    public Builder createCallTimeout(Duration value) {
      this.createCallTimeout = value;
      return this;
    }

    /** How failed calls are repeated (default {@link RetryPolicy#defaults()}). */
    public Builder retryPolicy(RetryPolicy value) {
      this.retryPolicy = value;
      return this;
    }

    /** The zone of the platform's wall-clock date-times (default {@code +08:00}). */
    public Builder platformZone(ZoneId value) {
      this.platformZone = value;
      return this;
    }

    /**
     * Whether to send the create body chunked, without {@code Content-Length}, instead of announcing its
     * exact length (the default; the platform's docs do not say it accepts chunked bodies). Either way
     * the body is written straight into the connection, never held whole in memory.
     */
    public Builder streamCreateBody(boolean value) {
      this.streamCreateBody = value;
      return this;
    }

    /**
     * Whether the adapter's connections turn Nagle's algorithm off ({@code TCP_NODELAY}; the default,
     * as in Go's {@code net/http} and Netty). With it on, the last bytes of a large create often wait
     * for the server's delayed acknowledgement, up to 40 ms. A supplied {@link #okHttpClient} keeps its
     * own socket factory, whose sockets get the option set.
     */
    public Builder tcpNoDelay(boolean value) {
      this.tcpNoDelay = value;
      return this;
    }

    /**
     * Logs each request and response to {@code sink}: method, URL, status, timing, headers with
     * {@code Sign} and {@code Api-Key} redacted, and at most {@link #logBodyBytes(int)} bytes of each
     * body with callee numbers masked. {@code null} turns logging off (the default).
     */
    public Builder requestLog(Consumer<String> sink) {
      this.requestLog = sink;
      return this;
    }

    /** {@link #requestLog(Consumer)} to a {@code java.util.logging} logger at {@code level}. */
    public Builder requestLog(Logger logger, Level level) {
      Objects.requireNonNull(logger, "logger == null");
      Objects.requireNonNull(level, "level == null");
      this.requestLog = line -> logger.log(level, line);
      return this;
    }

    /**
     * {@link #requestLog(Consumer)} to a {@code System.Logger} at {@code level}: the JDK's logging
     * facade, which reaches SLF4J ({@code org.slf4j:slf4j-jdk-platform-logging}), Log4j
     * ({@code org.apache.logging.log4j:log4j-jpl}) or {@code java.util.logging} (the default).
     */
    public Builder requestLog(System.Logger logger, System.Logger.Level level) {
      Objects.requireNonNull(logger, "logger == null");
      Objects.requireNonNull(level, "level == null");
      this.requestLog = line -> logger.log(level, line);
      return this;
    }

    /**
     * Adds a listener that every gateway call is reported to (see {@code GatewayEvent}); call it once
     * per listener. A listener that throws does not break the call.
     */
    public Builder listener(GatewayListener listener) {
      this.listeners = listeners.with(Objects.requireNonNull(listener, "listener == null"));
      return this;
    }

    /** Most bytes of each body a log line shows, 0-65536 (default 1024; 0 logs no bodies). */
    public Builder logBodyBytes(int value) {
      this.logBodyBytes = value;
      return this;
    }

    /** Largest response body read, 1 KiB-1 GiB (default 8 MiB). */
    public Builder maxResponseBytes(long value) {
      this.maxResponseBytes = value;
      return this;
    }

    /** How to pause between attempts and polls (default {@link Sleeper#SYSTEM}); tests pass a virtual one. */
    public Builder sleeper(Sleeper value) {
      this.sleeper = value;
      return this;
    }

    /**
     * The configuration.
     *
     * @throws InvalidValueException naming every problem; the secret's value is never shown
     */
    public HttpConfig build() {
      Validation<Seq<Violation>, HttpConfig> checked = validate();
      if (checked.isInvalid()) {
        throw new InvalidValueException(checked.getError());
      }
      return checked.get();
    }

    /** The configuration, or every problem. */
    public Validation<Seq<Violation>, HttpConfig> validate() {
      List<Violation> problems = problems();
      if (!problems.isEmpty()) {
        return Validation.invalid(problems);
      }
      return Validation.valid(new HttpConfig(this, parseBaseUrl(baseUrl).get(),
          appId == null ? Option.none() : Option.of(AppId.of(appId))));
    }

    List<Violation> problems() {
      List<Violation> problems = List.empty();
      problems = problems.appendAll(credential("apiKey", apiKey, "the API key from the console"));
      problems = problems.appendAll(credential("apiSecret", apiSecret, "the API secret from the console"));
      if (appId != null) {
        Validation<Violation, AppId> app = AppId.validate("appId", appId);
        if (app.isInvalid()) {
          problems = problems.append(app.getError());
        }
      }
      Validation<Violation, HttpUrl> url = parseBaseUrl(baseUrl);
      if (url.isInvalid()) {
        problems = problems.append(url.getError());
      }
      for (Map.Entry<PlatformEndpoint, String> prefix : prefixes.entrySet()) {
        String value = prefix.getValue();
        if (value == null || !PREFIX.matcher(value).matches() || value.contains("/..") || value.matches(".*/\\.(/.*)?")) {
          problems = problems.append(Violation.of("pathPrefix[" + prefix.getKey() + "]", value,
              "must be empty or /segments of letters, digits, '.', '_', '~' or '-' (e.g. \"/v3\")"));
        }
      }
      problems = problems.appendAll(timeout("connectTimeout", connectTimeout, false));
      problems = problems.appendAll(timeout("readTimeout", readTimeout, false));
      problems = problems.appendAll(timeout("writeTimeout", writeTimeout, false));
      problems = problems.appendAll(timeout("callTimeout", callTimeout, false));
      problems = problems.appendAll(timeout("createReadTimeout", createReadTimeout, false));
      problems = problems.appendAll(timeout("createCallTimeout", createCallTimeout, false));
      if (retryPolicy == null) {
        problems = problems.append(Violation.of("retryPolicy", null, "is required"));
      }
      if (platformZone == null) {
        problems = problems.append(Violation.of("platformZone", null, "is required"));
      }
      if (logBodyBytes < 0 || logBodyBytes > MAX_LOG_BODY_BYTES) {
        problems = problems.append(Violation.of("logBodyBytes", logBodyBytes, "must be 0-" + MAX_LOG_BODY_BYTES));
      }
      if (maxResponseBytes < 1024 || maxResponseBytes > 1024L * 1024 * 1024) {
        problems = problems.append(Violation.of("maxResponseBytes", maxResponseBytes, "must be 1024-1073741824"));
      }
      if (sleeper == null) {
        problems = problems.append(Violation.of("sleeper", null, "is required"));
      }
      return withoutSecret(problems);
    }

    /** The violations with the secret hidden wherever it was pasted (a base URL holding it, a mixed-up variable). */
    private List<Violation> withoutSecret(List<Violation> problems) {
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

    private static List<Violation> timeout(String path, Duration value, boolean zeroMeansNone) {
      if (value == null) {
        return List.of(Violation.of(path, null, "is required"));
      }
      boolean tooSmall = zeroMeansNone ? value.isNegative() : value.isNegative() || value.isZero();
      if (tooSmall || value.compareTo(LONGEST_TIMEOUT) > 0) {
        return List.of(Violation.of(path, value,
            (zeroMeansNone ? "must be 0 (no limit) or positive" : "must be positive") + " and at most " + LONGEST_TIMEOUT));
      }
      return List.empty();
    }

    private static Validation<Violation, HttpUrl> parseBaseUrl(String value) {
      if (value == null) {
        return Validation.invalid(Violation.of("baseUrl", null, "is required"));
      }
      HttpUrl url = HttpUrl.parse(value);
      if (url == null) {
        return Validation.invalid(Violation.of("baseUrl", value, "must be an absolute http(s) URL such as " + LAAFFIC_BASE_URL));
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
}
