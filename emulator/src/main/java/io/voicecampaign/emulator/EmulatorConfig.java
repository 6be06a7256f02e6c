package io.voicecampaign.emulator;

import io.voicecampaign.adapter.fake.platform.PlatformOptions;
import io.voicecampaign.domain.shared.AppId;
import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.emulator.wire.Envelopes;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * How an {@link Emulator} runs: where it listens, the credentials it accepts, how its platform clock
 * moves and how the simulated platform behaves. Immutable; {@link #builder()} starts from the defaults
 * and {@link #toBuilder()} copies. The API secret and the admin token never appear in
 * {@link #toString()}.
 *
 * <p>Two clocks are involved. The <em>wall clock</em> (this machine's, by default) checks request
 * timestamps, as the real platform checks them against its own clock; clients sign with their real
 * time. The <em>platform clock</em> drives the simulation: it starts at {@link #start()} (now, by
 * default) and runs {@link #timeScale()} platform seconds per wall second (0: it moves only through
 * the admin endpoint). Real time is the default; a larger scale, e.g. 60, lets a day of calling and
 * recalls pass in minutes.
 */
public final class EmulatorConfig {

  /** The API key accepted by default: the docs' worked example ({@code bDqJFiq9}). */
  public static final String DEFAULT_API_KEY = "bDqJFiq9";
  /** The API secret accepted by default: the docs' worked example. */
  public static final String DEFAULT_API_SECRET = "7bz1lzh9";
  /** The only application accepted by default: the docs' example ({@code Jgd8oFei}). */
  public static final String DEFAULT_APP_ID = "Jgd8oFei";
  /** The admin token accepted by default, sent as {@code Admin-Token}. */
  public static final String DEFAULT_ADMIN_TOKEN = "emulator-admin";
  /** The port by default. */
  public static final int DEFAULT_PORT = 8080;
  /** The address listened on by default: loopback only. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** Platform seconds per wall second by default: real time, so the platform clock agrees with the caller's. */
  public static final double DEFAULT_TIME_SCALE = 1;
  /** The fastest time scale accepted. */
  public static final double MAX_TIME_SCALE = 1_000_000;
  /** How far a request's timestamp may be from the wall clock by default. */
  public static final Duration DEFAULT_TIMESTAMP_TOLERANCE = Duration.ofSeconds(300);
  /** The seed of the simulated calls' outcomes by default. */
  public static final long DEFAULT_SEED = 42;

  private static final Pattern HEADER_SAFE = Pattern.compile("[\\x21-\\x7E]+");
  private static final String HIDDEN = "<hidden>";

  private final String host;
  private final boolean expose;
  private final int port;
  private final String apiKey;
  private final String apiSecret;
  private final AppId appId;
  private final String adminToken;
  private final double timeScale;
  private final Duration timestampTolerance;
  private final long seed;
  private final String envelopes;
  private final Option<Instant> start;
  private final Clock wallClock;
  private final PlatformOptions platformOptions;
  private final int threads;
  private final Option<Consumer<String>> requestLog;

  private EmulatorConfig(Builder b) {
    this.host = b.host;
    this.expose = b.expose;
    this.port = b.port;
    this.apiKey = b.apiKey;
    this.apiSecret = b.apiSecret;
    this.appId = AppId.of(b.appId);
    this.adminToken = b.adminToken;
    this.timeScale = b.timeScale;
    this.timestampTolerance = b.timestampTolerance;
    this.seed = b.seed;
    this.envelopes = b.envelopes;
    this.start = Option.of(b.start);
    this.wallClock = b.wallClock;
    this.platformOptions = b.platformOptions.withKnownApps(AppId.of(b.appId));
    this.threads = b.threads;
    this.requestLog = Option.of(b.requestLog);
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The defaults: loopback port 8080, the docs' example credentials, the platform clock at real time (1x). */
  public static EmulatorConfig defaults() {
    return builder().build();
  }

  /** A builder holding this configuration's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.host = host;
    b.expose = expose;
    b.port = port;
    b.apiKey = apiKey;
    b.apiSecret = apiSecret;
    b.appId = appId.value();
    b.adminToken = adminToken;
    b.timeScale = timeScale;
    b.timestampTolerance = timestampTolerance;
    b.seed = seed;
    b.envelopes = envelopes;
    b.start = start.getOrNull();
    b.wallClock = wallClock;
    b.platformOptions = platformOptions;
    b.threads = threads;
    b.requestLog = requestLog.getOrNull();
    return b;
  }

  /** The address listened on. */
  public String host() {
    return host;
  }

  /** True when {@link #host()} is not a loopback address: others on the network can reach the emulator. */
  public boolean exposed() {
    return expose && !isLoopback(host);
  }

  /** Which envelope each answer is wrapped in; a random mode draws from {@link #seed()}. */
  public Envelopes envelopes() {
    return Envelopes.named(envelopes, seed).orElseThrow();
  }

  /** The port listened on; 0 picks a free one. */
  public int port() {
    return port;
  }

  /** The API key requests must carry as {@code Api-Key}. */
  public String apiKey() {
    return apiKey;
  }

  /**
   * The API secret clients sign with. It is a credential of this local emulator, printed at start so
   * that clients can be configured; it is kept out of {@link #toString()}.
   */
  public String apiSecret() {
    return apiSecret;
  }

  /** The one application launches may name ({@code appId}); another is refused with -22. */
  public AppId appId() {
    return appId;
  }

  /** The token admin requests must carry as {@code Admin-Token}. */
  public String adminToken() {
    return adminToken;
  }

  /** Platform seconds per wall second; 0 when only the admin endpoint moves the platform clock. */
  public double timeScale() {
    return timeScale;
  }

  /** How far a request's {@code Timestamp} may be from the wall clock before -16. */
  public Duration timestampTolerance() {
    return timestampTolerance;
  }

  /** The seed of the simulated calls' outcomes. */
  public long seed() {
    return seed;
  }

  /** Where the platform clock starts; the wall clock's instant at start when absent. */
  public Option<Instant> start() {
    return start;
  }

  /**
   * The clock request timestamps are checked against, and whose passing drives scaled time. The
   * {@code Date} header of answers always carries this machine's time (the JDK's server sets it), so a
   * client that corrects its clock from {@code Date} (as the HTTP adapter does after a -16) agrees
   * with the default, the system clock; another clock is for tests of the timestamp window.
   */
  public Clock wallClock() {
    return wallClock;
  }

  /** How the simulated platform behaves; it knows only {@link #appId()}. */
  public PlatformOptions platformOptions() {
    return platformOptions;
  }

  /** How many requests are served at once. */
  public int threads() {
    return threads;
  }

  /** Where one line per request goes (method, path, code, time; never a header or a body), if anywhere. */
  public Option<Consumer<String>> requestLog() {
    return requestLog;
  }

  @Override
  public String toString() {
    return "EmulatorConfig[host=" + host + ", port=" + port + ", apiKey=" + apiKey + ", apiSecret=" + HIDDEN
        + ", appId=" + appId + ", adminToken=" + HIDDEN + ", timeScale=" + timeScale
        + ", timestampTolerance=" + timestampTolerance + ", seed=" + seed + ", envelopes=" + envelopes
        + ", start=" + start.map(Instant::toString).getOrElse("now") + ", threads=" + threads + "]";
  }

  /** Collects configuration values; {@link #build()} checks them all. Not thread-safe. */
  public static final class Builder {
    private String host = DEFAULT_HOST;
    private boolean expose;
    private int port = DEFAULT_PORT;
    private String apiKey = DEFAULT_API_KEY;
    private String apiSecret = DEFAULT_API_SECRET;
    private String appId = DEFAULT_APP_ID;
    private String adminToken = DEFAULT_ADMIN_TOKEN;
    private double timeScale = DEFAULT_TIME_SCALE;
    private Duration timestampTolerance = DEFAULT_TIMESTAMP_TOLERANCE;
    private long seed = DEFAULT_SEED;
    private String envelopes = "documented";
    private Instant start;
    private Clock wallClock = Clock.systemUTC();
    private PlatformOptions platformOptions = PlatformOptions.defaults();
    private int threads = 8;
    private Consumer<String> requestLog;

    private Builder() {}

    /** The address to listen on (default {@value EmulatorConfig#DEFAULT_HOST}). */
    public Builder host(String value) {
      this.host = value;
      return this;
    }

    /**
     * Allows a {@link #host(String)} that is not a loopback address (default false). Even then the
     * published default API secret and admin token are refused: anyone could read the docs and use them.
     */
    public Builder expose(boolean value) {
      this.expose = value;
      return this;
    }

    /** The port, 0-65535 (default {@value EmulatorConfig#DEFAULT_PORT}; 0 picks a free one). */
    public Builder port(int value) {
      this.port = value;
      return this;
    }

    /** The API key to accept. */
    public Builder apiKey(String value) {
      this.apiKey = value;
      return this;
    }

    /** The API secret to accept. */
    public Builder apiSecret(String value) {
      this.apiSecret = value;
      return this;
    }

    /** The application launches may name. */
    public Builder appId(String value) {
      this.appId = value;
      return this;
    }

    /** The token of the admin endpoints. */
    public Builder adminToken(String value) {
      this.adminToken = value;
      return this;
    }

    /** Platform seconds per wall second, 0-1,000,000 (default 1; 0: the admin endpoint alone moves time). */
    public Builder timeScale(double value) {
      this.timeScale = value;
      return this;
    }

    /** How far a timestamp may be from the wall clock (default 300 s). */
    public Builder timestampTolerance(Duration value) {
      this.timestampTolerance = value;
      return this;
    }

    /** The seed of the calls' outcomes (default 42). */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /** The envelope mode, one of {@value Envelopes#NAMES} (default documented). */
    public Builder envelopes(String value) {
      this.envelopes = value;
      return this;
    }

    /** Where the platform clock starts; {@code null} (the default) for the wall clock's instant at start. */
    public Builder start(Instant value) {
      this.start = value;
      return this;
    }

    /** The wall clock (default the system's, in UTC). */
    public Builder wallClock(Clock value) {
      this.wallClock = value;
      return this;
    }

    /** How the simulated platform behaves (default {@link PlatformOptions#defaults()}). */
    public Builder platformOptions(PlatformOptions value) {
      this.platformOptions = value;
      return this;
    }

    /** How many requests are served at once, 1-256 (default 8). */
    public Builder threads(int value) {
      this.threads = value;
      return this;
    }

    /** Where one line per request goes; {@code null} (the default) for nowhere. */
    public Builder requestLog(Consumer<String> value) {
      this.requestLog = value;
      return this;
    }

    /**
     * The configuration.
     *
     * @throws InvalidValueException naming every problem; secrets are never shown
     */
    public EmulatorConfig build() {
      Validation<Seq<Violation>, EmulatorConfig> checked = validate();
      if (checked.isInvalid()) {
        throw new InvalidValueException(checked.getError());
      }
      return checked.get();
    }

    /** The configuration, or every problem. */
    public Validation<Seq<Violation>, EmulatorConfig> validate() {
      List<Violation> problems = List.empty();
      if (host == null || host.isBlank()) {
        problems = problems.append(Violation.of("host", host, "is required: an address to listen on"));
      } else if (!isLoopback(host)) {
        if (!expose) {
          problems = problems.append(Violation.of("host", host,
              "is not a loopback address; listening where others can reach the emulator needs --expose"));
        }
        if (DEFAULT_API_SECRET.equals(apiSecret)) {
          problems = problems.append(Violation.of("apiSecret", HIDDEN,
              "must not be the published default when listening on a non-loopback address"));
        }
        if (DEFAULT_ADMIN_TOKEN.equals(adminToken)) {
          problems = problems.append(Violation.of("adminToken", HIDDEN,
              "must not be the published default when listening on a non-loopback address"));
        }
      }
      if (port < 0 || port > 65_535) {
        problems = problems.append(Violation.of("port", port, "must be 0-65535 (0 picks a free port)"));
      }
      problems = problems.appendAll(credential("apiKey", apiKey, false));
      problems = problems.appendAll(credential("apiSecret", apiSecret, true));
      problems = problems.appendAll(credential("adminToken", adminToken, true));
      Validation<Violation, AppId> app = AppId.validate("appId", appId);
      if (app.isInvalid()) {
        problems = problems.append(app.getError());
      }
      if (!(timeScale >= 0 && timeScale <= MAX_TIME_SCALE)) {
        problems = problems.append(Violation.of("timeScale", timeScale,
            "must be 0-" + (long) MAX_TIME_SCALE + " platform seconds per wall second (0: only the admin endpoint moves time)"));
      }
      if (timestampTolerance == null || timestampTolerance.isNegative()) {
        problems = problems.append(Violation.of("timestampTolerance", timestampTolerance, "must be zero or positive"));
      }
      if (envelopes == null || Envelopes.named(envelopes, seed).isEmpty()) {
        problems = problems.append(Violation.of("envelopes", envelopes, "must be one of " + Envelopes.NAMES));
      }
      if (wallClock == null) {
        problems = problems.append(Violation.of("wallClock", null, "is required"));
      }
      if (platformOptions == null) {
        problems = problems.append(Violation.of("platformOptions", null, "is required"));
      }
      if (threads < 1 || threads > 256) {
        problems = problems.append(Violation.of("threads", threads, "must be 1-256"));
      }
      return problems.isEmpty() ? Validation.valid(new EmulatorConfig(this)) : Validation.invalid(problems);
    }

    private static List<Violation> credential(String path, String value, boolean secret) {
      if (value == null) {
        return List.of(Violation.of(path, null, "is required"));
      }
      if (!HEADER_SAFE.matcher(value).matches()) {
        return List.of(Violation.of(path, secret ? HIDDEN : value, "must be printable ASCII without spaces (it travels in a header)"));
      }
      return List.empty();
    }
  }

  /** True when {@code host} names only this machine; a name that does not resolve counts as not loopback. */
  static boolean isLoopback(String host) {
    try {
      return java.net.InetAddress.getByName(host).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }
}
