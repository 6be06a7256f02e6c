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
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
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

  private final HttpSettings values;
  private final HttpUrl baseUrl;
  private final Option<AppId> appId;

  private HttpConfig(HttpSettings values, HttpUrl baseUrl, Option<AppId> appId) {
    this.values = values;
    this.baseUrl = baseUrl;
    this.appId = appId;
  }

  /** A builder with the defaults: LAAFFIC host, seed-page prefixes, default timeouts and retries. */
  public static Builder builder() {
    return new Builder(new HttpSettings());
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
    List<Violation> problems = HttpSettingsCheck.problems(builder.values).map(HttpConfig::asEnvironmentProblem);
    if (builder.values.appId == null) {
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
    return new Builder(values.copy());
  }

  /** The API key sent as {@code Api-Key}. */
  public String apiKey() {
    return values.apiKey;
  }

  /**
   * The {@code Sign} for a request stamped {@code epochSeconds}: lowercase hex MD5 of API key, API
   * secret and timestamp. The only way the secret leaves this object.
   */
  public String signature(long epochSeconds) {
    return Signature.sign(values.apiKey, values.apiSecret, Long.toString(epochSeconds));
  }

  /** {@code text} with every occurrence of the API secret replaced by {@code <hidden>}. */
  public String redactSecret(String text) {
    return text.replace(values.apiSecret, HttpSettingsCheck.HIDDEN);
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
    return values.prefixes.get(endpoint);
  }

  /** The client the adapter derives its own clients from, when the user supplied one. */
  public Option<OkHttpClient> okHttpClient() {
    return Option.of(values.okHttpClient);
  }

  /** How long opening a connection may take. */
  public Duration connectTimeout() {
    return values.connectTimeout;
  }

  /** How long the adapter waits for each read from the platform. */
  public Duration readTimeout() {
    return values.readTimeout;
  }

  /** How long the adapter waits for each write to the platform. */
  public Duration writeTimeout() {
    return values.writeTimeout;
  }

  /**
   * How long one attempt of a read or a small write (connect, send, wait, read) may take; the whole
   * operation, its retries and waits included, also ends by the retry policy's deadline.
   */
  public Duration callTimeout() {
    return values.callTimeout;
  }

  /** The read timeout of a create, which starts after the last byte of a possibly huge body. */
  public Duration createReadTimeout() {
    return values.createReadTimeout;
  }

  /**
   * How long a whole create may take: every attempt, the one in flight included, ends by it, whatever
   * the network does (a body trickled a byte at a time, headers that never end, a flood of
   * {@code 102 Processing}).
   */
  public Duration createCallTimeout() {
    return values.createCallTimeout;
  }

  /** How failed calls are repeated. */
  public RetryPolicy retryPolicy() {
    return values.retryPolicy;
  }

  /** The zone of the platform's wall-clock date-times. */
  public ZoneId platformZone() {
    return values.platformZone;
  }

  /** Where request log lines go, if logging is on. */
  public Option<Consumer<String>> requestLog() {
    return Option.of(values.requestLog);
  }

  /** Most bytes of each body a log line shows (0: none). */
  public int logBodyBytes() {
    return values.logBodyBytes;
  }

  /** Largest response body read; a larger one is a malformed response. */
  public long maxResponseBytes() {
    return values.maxResponseBytes;
  }

  /** How the adapter and the use cases pause between attempts and polls. */
  public Sleeper sleeper() {
    return values.sleeper;
  }

  /** The listeners every gateway call is reported to, in the order they were added. */
  public GatewayListeners listeners() {
    return values.listeners;
  }

  @Override
  public String toString() {
    String hidden = HttpSettingsCheck.HIDDEN;
    return "HttpConfig[baseUrl=" + baseUrl + ", apiKey=" + hidden + ", apiSecret=" + hidden
        + ", appId=" + appId.map(AppId::value).getOrElse("<none>") + ", pathPrefixes=" + values.prefixes
        + ", okHttpClient=" + (values.okHttpClient == null ? "default" : "supplied")
        + ", connectTimeout=" + values.connectTimeout + ", readTimeout=" + values.readTimeout
        + ", writeTimeout=" + values.writeTimeout + ", callTimeout=" + values.callTimeout
        + ", createReadTimeout=" + values.createReadTimeout + ", createCallTimeout=" + values.createCallTimeout
        + ", retryPolicy=" + values.retryPolicy + ", platformZone=" + values.platformZone
        + ", requestLog=" + (values.requestLog == null ? "off" : "on, " + values.logBodyBytes + " body bytes")
        + ", maxResponseBytes=" + values.maxResponseBytes + ", listeners=" + values.listeners.size() + "]";
  }

  /** Collects configuration values; {@link #build()} checks them all. Not thread-safe. */
  public static final class Builder {
    private final HttpSettings values;

    private Builder(HttpSettings values) {
      this.values = values;
    }

    /** The API key (required). */
    public Builder apiKey(String value) {
      values.apiKey = value;
      return this;
    }

    /** The API secret (required); kept out of every string the adapter produces. */
    public Builder apiSecret(String value) {
      values.apiSecret = value;
      return this;
    }

    /** The application id campaigns are launched under (optional; campaigns carry their own). */
    public Builder appId(String value) {
      values.appId = value;
      return this;
    }

    /**
     * The platform's base URL, e.g. {@link HttpConfig#LAAFFIC_BASE_URL} (the default) or
     * {@link HttpConfig#ITNIO_BASE_URL}. It may carry a path; {@code https} is required except for
     * loopback hosts.
     */
    public Builder baseUrl(String value) {
      values.baseUrl = value;
      return this;
    }

    /** The path prefix of one endpoint: {@code ""}, {@code "/v3"} or other {@code /segment}s. */
    public Builder pathPrefix(PlatformEndpoint endpoint, String prefix) {
      Objects.requireNonNull(endpoint, "endpoint == null");
      values.prefixes.put(endpoint, prefix);
      return this;
    }

    /** The same path prefix for every endpoint. */
    public Builder pathPrefixForAll(String prefix) {
      for (PlatformEndpoint endpoint : PlatformEndpoint.values()) {
        values.prefixes.put(endpoint, prefix);
      }
      return this;
    }

    /**
     * The client to derive the adapter's clients from (its proxy, pool, dispatcher and interceptors
     * are kept). The adapter sets its own timeouts, turns redirects off and adds its signing interceptor
     * on the derived clients; the supplied client itself is not changed.
     */
    public Builder okHttpClient(OkHttpClient value) {
      values.okHttpClient = value;
      return this;
    }

    /** How long opening a connection may take (default 10 s). */
    public Builder connectTimeout(Duration value) {
      values.connectTimeout = value;
      return this;
    }

    /** How long each read may wait (default 30 s). */
    public Builder readTimeout(Duration value) {
      values.readTimeout = value;
      return this;
    }

    /** How long each write may wait (default 30 s). */
    public Builder writeTimeout(Duration value) {
      values.writeTimeout = value;
      return this;
    }

    /** How long one attempt of a read or a small write may take (default 30 s); creates use their own. */
    public Builder callTimeout(Duration value) {
      values.callTimeout = value;
      return this;
    }

    /**
     * The read timeout of a create (default 180 s): it starts after the last request byte, and the
     * platform may take a while to accept 200,000 callees.
     */
    public Builder createReadTimeout(Duration value) {
      values.createReadTimeout = value;
      return this;
    }

    /**
     * How long a whole create may take, its attempts included (default 5 min: room to send 200,000
     * callees over a slow link and for the platform to accept them).
     */
    public Builder createCallTimeout(Duration value) {
      values.createCallTimeout = value;
      return this;
    }

    /** How failed calls are repeated (default {@link RetryPolicy#defaults()}). */
    public Builder retryPolicy(RetryPolicy value) {
      values.retryPolicy = value;
      return this;
    }

    /** The zone of the platform's wall-clock date-times (default {@code +08:00}). */
    public Builder platformZone(ZoneId value) {
      values.platformZone = value;
      return this;
    }

    /**
     * Logs each request and response to {@code sink}: method, URL, status, timing, headers with
     * {@code Sign} and {@code Api-Key} redacted, and at most {@link #logBodyBytes(int)} bytes of each
     * body with callee numbers masked. {@code null} turns logging off (the default).
     */
    public Builder requestLog(Consumer<String> sink) {
      values.requestLog = sink;
      return this;
    }

    /** {@link #requestLog(Consumer)} to a {@code java.util.logging} logger at {@code level}. */
    public Builder requestLog(Logger logger, Level level) {
      Objects.requireNonNull(logger, "logger == null");
      Objects.requireNonNull(level, "level == null");
      values.requestLog = line -> logger.log(level, line);
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
      values.requestLog = line -> logger.log(level, line);
      return this;
    }

    /**
     * Adds a listener that every gateway call is reported to (see {@code GatewayEvent}); call it once
     * per listener. A listener that throws does not break the call.
     */
    public Builder listener(GatewayListener listener) {
      values.listeners = values.listeners.with(Objects.requireNonNull(listener, "listener == null"));
      return this;
    }

    /** Most bytes of each body a log line shows, 0-65536 (default 1024; 0 logs no bodies). */
    public Builder logBodyBytes(int value) {
      values.logBodyBytes = value;
      return this;
    }

    /** Largest response body read, 1 KiB-1 GiB (default 8 MiB). */
    public Builder maxResponseBytes(long value) {
      values.maxResponseBytes = value;
      return this;
    }

    /** How to pause between attempts and polls (default {@link Sleeper#SYSTEM}); tests pass a virtual one. */
    public Builder sleeper(Sleeper value) {
      values.sleeper = value;
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
      List<Violation> problems = HttpSettingsCheck.problems(values);
      if (!problems.isEmpty()) {
        return Validation.invalid(problems);
      }
      return Validation.valid(new HttpConfig(values.copy(), HttpSettingsCheck.baseUrl(values.baseUrl).get(),
          values.appId == null ? Option.none() : Option.of(AppId.of(values.appId))));
    }
  }
}
