package io.voicecampaign.emulator;

import io.voicecampaign.adapter.fake.platform.PlatformOptions;
import io.voicecampaign.domain.shared.AppId;
import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.emulator.push.PushTarget;
import io.voicecampaign.emulator.wire.Envelopes;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

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
 *
 * <p>Report pushes go to {@link #pushTarget()} when one is set (or set later through
 * {@code POST /admin/push}); it must be on this machine unless {@link #allowRemotePush()}.
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
  /** How long one push attempt may take by default, connecting and answering included. */
  public static final Duration DEFAULT_PUSH_TIMEOUT = Duration.ofSeconds(10);

  private static final String HIDDEN = ConfigChecks.HIDDEN;

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
  private final Option<PushTarget> pushTarget;
  private final boolean allowRemotePush;
  private final Duration pushTimeout;

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
    this.pushTarget = Option.of(b.pushUrl).map(url -> PushTarget.parse("pushUrl", url, b.allowRemotePush).get());
    this.allowRemotePush = b.allowRemotePush;
    this.pushTimeout = b.pushTimeout;
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
    b.pushUrl = pushTarget.map(target -> target.uri().toString()).getOrNull();
    b.allowRemotePush = allowRemotePush;
    b.pushTimeout = pushTimeout;
    return b;
  }

  /** The address listened on. */
  public String host() {
    return host;
  }

  /** True when {@link #host()} is not a loopback address: others on the network can reach the emulator. */
  public boolean exposed() {
    return expose && !ConfigChecks.isLoopback(host);
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

  /** Where report batches are pushed from the start, if anywhere; {@code POST /admin/push} sets it later. */
  public Option<PushTarget> pushTarget() {
    return pushTarget;
  }

  /** True when pushes may go off this machine. */
  public boolean allowRemotePush() {
    return allowRemotePush;
  }

  /** How long one push attempt may take, connecting and answering included; a slower one counts as failed. */
  public Duration pushTimeout() {
    return pushTimeout;
  }

  @Override
  public String toString() {
    return "EmulatorConfig[host=" + host + ", port=" + port + ", apiKey=" + apiKey + ", apiSecret=" + HIDDEN
        + ", appId=" + appId + ", adminToken=" + HIDDEN + ", timeScale=" + timeScale
        + ", timestampTolerance=" + timestampTolerance + ", seed=" + seed + ", envelopes=" + envelopes
        + ", start=" + start.map(Instant::toString).getOrElse("now") + ", threads=" + threads
        + ", pushTarget=" + pushTarget.map(PushTarget::toString).getOrElse("none") + ", allowRemotePush=" + allowRemotePush
        + ", pushTimeout=" + pushTimeout + "]";
  }

  /** Collects configuration values; {@link #build()} checks them all. Not thread-safe. */
  public static final class Builder {
    String host = DEFAULT_HOST;
    boolean expose;
    int port = DEFAULT_PORT;
    String apiKey = DEFAULT_API_KEY;
    String apiSecret = DEFAULT_API_SECRET;
    String appId = DEFAULT_APP_ID;
    String adminToken = DEFAULT_ADMIN_TOKEN;
    double timeScale = DEFAULT_TIME_SCALE;
    Duration timestampTolerance = DEFAULT_TIMESTAMP_TOLERANCE;
    long seed = DEFAULT_SEED;
    String envelopes = "documented";
    Instant start;
    Clock wallClock = Clock.systemUTC();
    PlatformOptions platformOptions = PlatformOptions.defaults();
    int threads = 8;
    Consumer<String> requestLog;
    String pushUrl;
    boolean allowRemotePush;
    Duration pushTimeout = DEFAULT_PUSH_TIMEOUT;

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
     * Where report batches are pushed, an {@code http://} or {@code https://} URL on this machine unless
     * {@link #allowRemotePush(boolean)}; {@code null} (the default) for nowhere until {@code POST /admin/push}.
     */
    public Builder pushUrl(String value) {
      this.pushUrl = value;
      return this;
    }

    /** Allows push targets off this machine (default false). */
    public Builder allowRemotePush(boolean value) {
      this.allowRemotePush = value;
      return this;
    }

    /** How long one push attempt may take, 1 ms to 10 minutes (default 10 s). */
    public Builder pushTimeout(Duration value) {
      this.pushTimeout = value;
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
      Seq<Violation> problems = ConfigChecks.problems(this);
      return problems.isEmpty() ? Validation.valid(new EmulatorConfig(this)) : Validation.invalid(problems);
    }
  }
}
