package io.voicecampaign.adapter.http;

import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.adapter.http.core.PlatformTransport;
import io.voicecampaign.adapter.http.recall.HttpRecallFlowGateway;
import io.voicecampaign.adapter.http.task.HttpGroupCallGateway;
import io.voicecampaign.application.VoiceCampaigns;
import java.time.Clock;
import java.util.Objects;

/**
 * The SDK over the platform's HTTP API:
 *
 * <pre>{@code
 * VoiceCampaigns campaigns = HttpVoiceCampaigns.create(HttpConfig.fromEnvironment());
 * }</pre>
 *
 * <p>Each call makes one independent instance with its own connections; share it, it is thread-safe.
 */
public final class HttpVoiceCampaigns {

  private HttpVoiceCampaigns() {}

  /** Every use case over HTTP, reading the time from the system clock. */
  public static VoiceCampaigns create(HttpConfig config) {
    return create(config, Clock.systemUTC());
  }

  /** Every use case over HTTP, reading the time from {@code clock}. */
  public static VoiceCampaigns create(HttpConfig config, Clock clock) {
    Objects.requireNonNull(config, "config == null");
    Objects.requireNonNull(clock, "clock == null");
    return DaggerHttpComponent.factory().create(config, clock);
  }

  /** The two out-ports over HTTP, without the use cases. */
  public static HttpGateways gateways(HttpConfig config, Clock clock) {
    Objects.requireNonNull(config, "config == null");
    Objects.requireNonNull(clock, "clock == null");
    PlatformTransport transport = PlatformTransport.create(config, clock);
    return new HttpGateways(new HttpGroupCallGateway(transport), new HttpRecallFlowGateway(transport));
  }
}
