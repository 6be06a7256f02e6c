package io.voicecampaign.adapter.http;

import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.adapter.http.core.PlatformTransport;
import io.voicecampaign.application.ForwardingVoiceCampaigns;
import io.voicecampaign.application.port.in.report.ReceiveCallReportsUseCase;
import io.voicecampaign.application.port.out.ReportLedger;
import io.voicecampaign.application.service.report.ReceiveCallReportsService;
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
  private final HttpComponent component;

  private HttpVoiceCampaigns(HttpComponent component) {
    super(component);
    this.component = component;
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
   * Releases, when the SDK made the OkHttp client, its pooled connections and dispatcher threads; a
   * client supplied through {@link HttpConfig.Builder#okHttpClient} stays its owner's. Calls made
   * after closing are not supported.
   */
  @Override
  public void close() {
    transport.close();
  }

  /**
   * The receiver of the platform's status-report pushes, reading bodies in the configured platform
   * zone and remembering the handled reports in this instance's {@code InMemoryReportLedger} (the
   * newest 100,000 ids, until the process ends), which every receiver it answers shares.
   */
  public ReceiveCallReportsUseCase receiveCallReports() {
    return component.receiveCallReports();
  }

  /**
   * A receiver of status-report pushes remembering the handled reports in {@code ledger}: your own
   * store, shared by your service's instances and kept across restarts. Make it once and keep it.
   */
  public ReceiveCallReportsUseCase receiveCallReports(ReportLedger ledger) {
    return new ReceiveCallReportsService(component.callReportDecoder(), Objects.requireNonNull(ledger, "ledger == null"));
  }

  /** The two out-ports over HTTP, without the use cases; close them when done. */
  public static HttpGateways gateways(HttpConfig config, Clock clock) {
    Objects.requireNonNull(config, "config == null");
    Objects.requireNonNull(clock, "clock == null");
    return new HttpGateways(PlatformTransport.create(config, clock));
  }
}
