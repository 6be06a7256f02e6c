package io.voicecampaign.emulator.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.voicecampaign.emulator.host.PlatformHost;
import io.voicecampaign.emulator.push.PushDeliveries;
import io.voicecampaign.emulator.wire.Envelopes;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
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
  /**
   * The JDK server's connection limits, read once when its first server starts; a value set on the
   * command line wins. A request must arrive whole (headers and body) within 30 s, an answer leave
   * within 30 s, an idle kept-alive connection closes after 10 s, and at most 100 header lines are read.
   */
  private static final Map<String, String> CONNECTION_LIMITS = Map.of(
      NO_DELAY_PROPERTY, "true",
      "sun.net.httpserver.maxReqTime", "30",
      "sun.net.httpserver.maxRspTime", "30",
      "sun.net.httpserver.idleInterval", "10",
      "sun.net.httpserver.maxReqHeaders", "100");
  /**
   * Connection threads per request served at once: a connection trickling its headers holds a thread
   * (the JDK server reads headers on it) but not a serving slot, so a few slow clients cannot stall
   * the others before their request time runs out.
   */
  private static final int CONNECTION_THREADS_PER_SLOT = 8;

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
   * @param threads   how many requests are served at once
   * @param pushes    the report pushes the admin endpoints set and show
   * @param envelopes which envelope each answer is wrapped in
   * @param log     where one line per request goes, if anywhere
   * @throws IOException when the address cannot be bound
   */
  public static EmulatorServer start(InetSocketAddress address, int threads, PlatformHost host, PushDeliveries pushes,
      Credentials credentials,
      Envelopes envelopes, Option<Consumer<String>> log) throws IOException {
    Objects.requireNonNull(address, "address == null");
    Objects.requireNonNull(host, "host == null");
    Objects.requireNonNull(pushes, "pushes == null");
    Objects.requireNonNull(credentials, "credentials == null");
    Objects.requireNonNull(log, "log == null");
    // Nagle's algorithm (on unless told otherwise) adds ~40 ms to every small answer on loopback.
    CONNECTION_LIMITS.forEach((name, value) -> {
      if (System.getProperty(name) == null) {
        System.setProperty(name, value);
      }
    });
    HttpServer server = HttpServer.create(address, 64);
    Signatures signatures = new Signatures(credentials.apiKey(), credentials.apiSecret(), credentials.wallClock(),
        credentials.timestampTolerance());
    Semaphore slots = new Semaphore(threads);
    server.createContext("/", new Contained(new PlatformHandler(host, signatures, envelopes, log), slots));
    server.createContext("/admin/", new Contained(new AdminHandler(host, pushes, credentials.adminToken(), log), slots));
    server.createContext("/health", new Contained(EmulatorServer::health, slots));
    ExecutorService workers = Executors.newFixedThreadPool(threads * CONNECTION_THREADS_PER_SLOT, new Workers());
    server.setExecutor(workers);
    server.start();
    return new EmulatorServer(server, workers);
  }

  /** {@code GET /health}: {@code {"status":"UP"}}, without credentials, so a script can wait for the start. */
  private static void health(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      Exchanges.sendError(exchange, 405, "Method Not Allowed", "/health takes GET");
      return;
    }
    Exchanges.sendJson(exchange, 200, "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Serves one exchange in one of the bounded serving slots, and contains whatever it throws, even an
   * {@link Error} such as {@link OutOfMemoryError}: the exchange ends (with a 500 when no answer was
   * started) and the server goes on serving the others.
   */
  private static final class Contained implements HttpHandler {
    private final HttpHandler handler;
    private final Semaphore slots;

    Contained(HttpHandler handler, Semaphore slots) {
      this.handler = handler;
      this.slots = slots;
    }

    @Override
    public void handle(HttpExchange exchange) {
      try {
        slots.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        exchange.close();
        return;
      }
      try {
        handler.handle(exchange);
      } catch (Throwable failure) {
        refuse(exchange, failure);
      } finally {
        slots.release();
        exchange.close();
      }
    }

    private static void refuse(HttpExchange exchange, Throwable failure) {
      try {
        if (exchange.getResponseCode() == -1) {
          Exchanges.sendError(exchange, 500, "Internal Server Error",
              "the emulator failed serving this request (" + failure.getClass().getSimpleName() + ")");
        }
      } catch (Throwable ignored) {
        // out of memory again, or the client is gone: closing the exchange is all that is left
      }
    }
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
