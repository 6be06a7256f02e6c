package io.voicecampaign.adapter.http;

import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.adapter.http.core.PlatformTransport;
import io.voicecampaign.application.ForwardingVoiceCampaigns;
import java.time.Clock;
import java.util.Objects;

/**
 * The SDK over the platform's HTTP API:
 *
 * <pre>{@code
 * try (HttpVoiceCampaigns campaigns = HttpVoiceCampaigns.create(HttpConfig.fromEnvironment())) {
 *   ...
 * }
 * }</pre>
 *
 * <p>Each call to {@code create} makes one independent instance with its own connections and
 * threads; share it, it is thread-safe, and {@link #close()} it when the service stops.
 */
public final class HttpVoiceCampaigns extends ForwardingVoiceCampaigns implements AutoCloseable {

  private final PlatformTransport transport;

  private HttpVoiceCampaigns(HttpComponent component) {
    super(component);
    this.transport = component.transport();
  }

  /** Every use case over HTTP, reading the time from the system clock. */
  public static HttpVoiceCampaigns create(HttpConfig config) {
    return create(config, Clock.systemUTC());
  }

  /** Every use case over HTTP, reading the time from {@code clock}. */
  public static HttpVoiceCampaigns create(HttpConfig config, Clock clock) {
    Objects.requireNonNull(config, "config == null");
    Objects.requireNonNull(clock, "clock == null");
    return new HttpVoiceCampaigns(DaggerHttpComponent.factory().create(config, clock));
  }

  /**
   * Releases the threads that render large bodies and, when the SDK made the OkHttp client, its
   * pooled connections and dispatcher threads; a client supplied through {@link
   * HttpConfig.Builder#okHttpClient} stays its owner's. Calls made after closing are not supported.
   */
  @Override
  public void close() {
    transport.close();
  }

  /** The shared transport, for tests of what {@link #close()} releases. */
  PlatformTransport transport() {
    return transport;
  }

  /** The two out-ports over HTTP, without the use cases; close them when done. */
  public static HttpGateways gateways(HttpConfig config, Clock clock) {
    Objects.requireNonNull(config, "config == null");
    Objects.requireNonNull(clock, "clock == null");
    return new HttpGateways(PlatformTransport.create(config, clock));
  }
}
