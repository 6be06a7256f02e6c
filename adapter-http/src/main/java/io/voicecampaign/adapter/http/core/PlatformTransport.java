package io.voicecampaign.adapter.http.core;

import com.squareup.moshi.Moshi;
import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.adapter.http.config.PlatformEndpoint;
import java.time.Clock;
import java.util.Objects;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * The adapter's connection to the platform, built once from an {@link HttpConfig}: the HTTP clients
 * (one for reads and ordinary writes; one for creates, with a long read timeout and no silent
 * re-sends), the endpoint interfaces and the {@link PlatformExchange} that runs calls. Thread-safe.
 */
public final class PlatformTransport implements AutoCloseable {

  /** The exact {@code Content-Type} every request carries. */
  public static final String JSON_CONTENT_TYPE = "application/json;charset=UTF-8";

  private final HttpConfig config;
  private final Retrofit retrofit;
  private final PlatformExchange exchange;
  private final OkHttpClient client;

  private PlatformTransport(
      HttpConfig config, Retrofit retrofit, PlatformExchange exchange, OkHttpClient client) {
    this.config = config;
    this.retrofit = retrofit;
    this.exchange = exchange;
    this.client = client;
  }

  /** A transport for {@code config}, reading the time from {@code clock}. */
  public static PlatformTransport create(HttpConfig config, Clock clock) {
    Objects.requireNonNull(config, "config == null");
    Objects.requireNonNull(clock, "clock == null");
    PlatformClock platformClock = new PlatformClock(clock);
    Redaction redaction = new Redaction(config);
    OkHttpClient base = config.okHttpClient().getOrElse(OkHttpClient::new);
    OkHttpClient.Builder builder = base.newBuilder()
        .connectTimeout(config.connectTimeout())
        .readTimeout(config.readTimeout())
        .writeTimeout(config.writeTimeout())
        .callTimeout(config.callTimeout())
        .followRedirects(false)
        .followSslRedirects(false)
        .addInterceptor(new SigningInterceptor(config, platformClock))
        .addNetworkInterceptor(new RetryAfterClamp())
        .socketFactory(new NoDelaySocketFactory(base.socketFactory()));
    config.requestLog().forEach(sink -> builder.addInterceptor(new RequestLogInterceptor(sink, config.logBodyBytes(), redaction)));
    OkHttpClient reads = builder.build();
    OkHttpClient creates = reads.newBuilder()
        .readTimeout(config.createReadTimeout())
        .callTimeout(config.createCallTimeout())
        .retryOnConnectionFailure(false)
        .build();
    CallRunner runner = new CallRunner(reads, creates, config.maxResponseBytes(), platformClock);
    Moshi moshi = new Moshi.Builder().add(new WireRecordAdapterFactory()).build();
    Retrofit retrofit = new Retrofit.Builder()
        .baseUrl(config.baseUrl())
        .client(reads)
        .addCallAdapterFactory(new PlatformCallAdapterFactory(runner))
        .addConverterFactory(MoshiConverterFactory.create(moshi))
        .validateEagerly(true)
        .build();
    PlatformExchange exchange = new PlatformExchange(config.retryPolicy(), config.createCallTimeout(), clock, config.sleeper(), platformClock,
        new OutcomeClassifier(redaction, config.maxResponseBytes()), moshi, redaction, config.listeners());
    return new PlatformTransport(config, retrofit, exchange, reads);
  }

  /**
   * Ends, when the SDK made the OkHttp client (no client was supplied in the configuration), its
   * dispatcher threads and pooled connections. A supplied client belongs to its owner and is left as
   * it is.
   */
  @Override
  public void close() {
    if (config.okHttpClient().isEmpty()) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  /** The implementation of one of the adapter's endpoint interfaces. */
  public <T> T api(Class<T> endpoints) {
    return retrofit.create(endpoints);
  }

  /**
   * The path prefix of {@code endpoint} as a Retrofit path value: {@code ""} or segments ending with
   * '/', e.g. {@code "v3/"}.
   */
  public String prefix(PlatformEndpoint endpoint) {
    String prefix = config.pathPrefix(endpoint);
    return prefix.isEmpty() ? "" : prefix.substring(1) + "/";
  }

  /** Runs calls and types their answers. */
  public PlatformExchange exchange() {
    return exchange;
  }

  /** The configuration this transport was built from. */
  public HttpConfig config() {
    return config;
  }
}
