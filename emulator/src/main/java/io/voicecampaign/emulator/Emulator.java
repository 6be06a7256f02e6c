package io.voicecampaign.emulator;

import io.voicecampaign.adapter.fake.platform.SimulatedPlatform;
import io.voicecampaign.emulator.host.PlatformHost;
import io.voicecampaign.emulator.push.PushDeliveries;
import io.voicecampaign.emulator.push.ReportRelay;
import io.voicecampaign.emulator.server.EmulatorServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A running platform emulator: the simulated platform served over HTTP with the platform's endpoints,
 * envelopes, codes and signature, plus admin endpoints for time, limits, faults and resets.
 *
 * <pre>{@code
 * try (Emulator emulator = Emulator.start(EmulatorConfig.builder().port(0).timeScale(0).build())) {
 *   URI baseUrl = emulator.baseUrl();              // http://127.0.0.1:<port>
 *   // ... point a client at baseUrl with the config's credentials ...
 *   emulator.advance(Duration.ofHours(1));         // or POST /admin/advance {"seconds": 3600}
 * }
 * }</pre>
 *
 * <p>{@link #platform()} gives the in-process handle of the simulated platform (snapshots, faults) for
 * Java tests that start the emulator themselves; {@link #pushes()} the report pushes, to which
 * {@code pushes().submit(id, reports)} hands a batch.
 *
 * <p>The call reports the simulated platform releases are pushed to the push target, each batch as
 * the platform releases it (a batch per task per report interval, see {@code PlatformOptions}): {@link
 * #advance} pushes what it released at once, scaled time within {@link ReportRelay#TICK}. Batches
 * released while no target is set wait until one is.
 */
public final class Emulator implements AutoCloseable {

  private final EmulatorConfig config;
  private final PlatformHost host;
  private final PushDeliveries pushes;
  private final ReportRelay relay;
  private final EmulatorServer server;

  private Emulator(EmulatorConfig config, PlatformHost host, PushDeliveries pushes, ReportRelay relay,
      EmulatorServer server) {
    this.config = config;
    this.host = host;
    this.pushes = pushes;
    this.relay = relay;
    this.server = server;
  }

  /**
   * Starts an emulator as {@code config} says.
   *
   * @throws IOException when the address cannot be bound (the port is taken, the host is not local)
   */
  public static Emulator start(EmulatorConfig config) throws IOException {
    Objects.requireNonNull(config, "config == null");
    Instant start = config.start().getOrElse(() -> config.wallClock().instant().truncatedTo(ChronoUnit.SECONDS));
    PlatformHost host = new PlatformHost(config.seed(), start, config.timeScale(), config.wallClock(), config.platformOptions());
    PushDeliveries pushes = PushDeliveries.start(host::now, config.wallClock(), config.platformOptions().zone(),
        config.pushTimeout(), PushDeliveries.DEFAULT_CAPACITY, config.allowRemotePush());
    config.pushTarget().forEach(pushes::target);
    ReportRelay relay = ReportRelay.start(host::drainCallReports, pushes);
    EmulatorServer server;
    try {
      server = EmulatorServer.start(new InetSocketAddress(config.host(), config.port()), config.threads(), host, pushes,
          new EmulatorServer.Credentials(config.apiKey(), config.apiSecret(), config.adminToken(), config.wallClock(),
              config.timestampTolerance()),
          config.envelopes(), config.requestLog());
    } catch (IOException | RuntimeException e) {
      relay.close();
      pushes.close();
      throw e;
    }
    return new Emulator(config, host, pushes, relay, server);
  }

  /** The base URL to give clients, e.g. {@code http://127.0.0.1:8080}, with the port actually bound. */
  public URI baseUrl() {
    InetSocketAddress address = server.address();
    String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort());
  }

  /** The port actually bound. */
  public int port() {
    return server.address().getPort();
  }

  /** The configuration the emulator runs with. */
  public EmulatorConfig config() {
    return config;
  }

  /** The simulated platform served now (a reset replaces it), its clock caught up with scaled time. */
  public SimulatedPlatform platform() {
    return host.platform();
  }

  /** The report pushes: where batches go, what became of each. */
  public PushDeliveries pushes() {
    return pushes;
  }

  /** The platform clock's instant. */
  public Instant now() {
    return host.platform().now();
  }

  /**
   * Moves the platform clock on by {@code duration}, running what falls due, and submits the call-report
   * batches released meanwhile; returns the new instant.
   */
  public Instant advance(Duration duration) {
    Instant now = host.advance(duration);
    relay.relay();
    pushes.wake();
    return now;
  }

  /** Replaces the platform with an empty one, the same seed, its clock at {@code start}; forgets every push. */
  public void reset(Instant start) {
    host.reset(host.seed(), start);
    pushes.clear();
  }

  /** Stops serving and pushing at once and frees the port. */
  @Override
  public void close() {
    stop(Duration.ZERO);
  }

  /** Stops accepting requests, gives those in progress up to {@code grace} to finish, and stops pushing. */
  public void stop(Duration grace) {
    server.stop(grace);
    relay.close();
    pushes.close();
  }

  @Override
  public String toString() {
    return "Emulator[" + baseUrl() + ", " + host + "]";
  }
}
