package io.voicecampaign.emulator.server;

import com.sun.net.httpserver.HttpServer;
import io.voicecampaign.emulator.host.PlatformHost;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The JDK HTTP server serving a {@link PlatformHost}: the platform's endpoints at {@code /} and the
 * admin endpoints at {@code /admin/}, on a pool of worker threads.
 */
public final class EmulatorServer {

  private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

  private final HttpServer server;
  private final ExecutorService workers;

  private EmulatorServer(HttpServer server, ExecutorService workers) {
    this.server = server;
    this.workers = workers;
  }

  /**
   * What requests must carry.
   *
   * @param apiKey             the {@code Api-Key} accepted
   * @param apiSecret          the secret {@code Sign} is made with
   * @param adminToken         the {@code Admin-Token} of the admin endpoints
   * @param wallClock          the clock timestamps are checked against
   * @param timestampTolerance how far a timestamp may be from the wall clock
   */
  public record Credentials(String apiKey, String apiSecret, String adminToken, Clock wallClock, Duration timestampTolerance) {
    public Credentials {
      Objects.requireNonNull(apiKey, "apiKey == null");
      Objects.requireNonNull(apiSecret, "apiSecret == null");
      Objects.requireNonNull(adminToken, "adminToken == null");
      Objects.requireNonNull(wallClock, "wallClock == null");
      Objects.requireNonNull(timestampTolerance, "timestampTolerance == null");
    }

    @Override
    public String toString() {
      return "Credentials[apiKey=" + apiKey + ", apiSecret=<hidden>, adminToken=<hidden>, timestampTolerance="
          + timestampTolerance + "]";
    }
  }

  /**
   * Binds {@code address} and starts serving.
   *
   * @param threads how many requests are served at once
   * @param log     where one line per request goes, if anywhere
   * @throws IOException when the address cannot be bound
   */
  public static EmulatorServer start(InetSocketAddress address, int threads, PlatformHost host, Credentials credentials,
      Option<Consumer<String>> log) throws IOException {
    Objects.requireNonNull(address, "address == null");
    Objects.requireNonNull(host, "host == null");
    Objects.requireNonNull(credentials, "credentials == null");
    Objects.requireNonNull(log, "log == null");
    // The JDK server keeps Nagle's algorithm on unless told otherwise, which adds ~40 ms to every
    // small answer on loopback. The property is read once, when the JDK's server first starts; a
    // value the user set on the command line wins.
    if (System.getProperty(NO_DELAY_PROPERTY) == null) {
      System.setProperty(NO_DELAY_PROPERTY, "true");
    }
    HttpServer server = HttpServer.create(address, 64);
    Signatures signatures = new Signatures(credentials.apiKey(), credentials.apiSecret(), credentials.wallClock(),
        credentials.timestampTolerance());
    server.createContext("/", new PlatformHandler(host, signatures, log));
    server.createContext("/admin/", new AdminHandler(host, credentials.adminToken(), log));
    ExecutorService workers = Executors.newFixedThreadPool(threads, new Workers());
    server.setExecutor(workers);
    server.start();
    return new EmulatorServer(server, workers);
  }

  /** The address served, with the port actually bound. */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** Stops accepting requests, gives those in progress up to {@code grace} to finish, and frees the port. */
  public void stop(Duration grace) {
    server.stop((int) Math.min(Integer.MAX_VALUE, grace.toSeconds()));
    workers.shutdown();
    try {
      if (!workers.awaitTermination(Math.max(1, grace.toMillis()), TimeUnit.MILLISECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Names the worker threads, so a thread dump shows what they are. */
  private static final class Workers implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "emulator-worker-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
