package io.voicecampaign.benchmarks.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A small HTTP/1.1 server on 127.0.0.1 that answers the platform's endpoints the way the benchmarks
 * need: a create is drained and answered with a task id; a task query is answered with the page its
 * body asks for. It runs on one thread, which is what a loopback benchmark on two cores affords.
 */
public final class LoopbackServer implements AutoCloseable {

  /** What the platform answers a successful create, in its {@code status}/{@code reason} variant. */
  public static final byte[] CREATED =
      "{\"status\":\"0\",\"reason\":\"success\",\"data\":123}".getBytes(StandardCharsets.UTF_8);

  static {
    // The JDK server writes a response's headers and body in separate writes; with Nagle's algorithm
    // on, the body waits for the client's delayed ACK (about 40 ms), which would swamp every loopback
    // measurement. The server reads this property when its configuration class loads.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final AtomicLong lastBodyBytes = new AtomicLong();

  private LoopbackServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** A started server on an ephemeral loopback port with no endpoints yet. */
  public static LoopbackServer start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
      ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "loopback-server");
        thread.setDaemon(true);
        return thread;
      });
      server.setExecutor(executor);
      server.start();
      return new LoopbackServer(server, executor);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code http://127.0.0.1:<port>/}: the base URL to give clients. */
  public String baseUrl() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/";
  }

  /** Answers every POST to {@code path} with {@code response} after reading and dropping the body. */
  public LoopbackServer drainAndAnswer(String path, byte[] response) {
    server.createContext(path, exchange -> {
      byte[] chunk = new byte[64 * 1024];
      long total = 0;
      try (InputStream in = exchange.getRequestBody()) {
        for (int n; (n = in.read(chunk)) != -1; ) {
          total += n;
        }
      }
      lastBodyBytes.set(total);
      answer(exchange, response);
    });
    return this;
  }

  /**
   * Answers every POST to {@code path} with {@code pages.apply(n)}, where {@code n} is the
   * {@code "current"} page number in the request body.
   */
  public LoopbackServer answerPages(String path, IntFunction<byte[]> pages) {
    server.createContext(path, exchange -> {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      lastBodyBytes.set(body.length);
      answer(exchange, pages.apply(currentPage(body)));
    });
    return this;
  }

  /** The size of the last request body the server read. */
  public long lastBodyBytes() {
    return lastBodyBytes.get();
  }

  private static void answer(HttpExchange exchange, byte[] response) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
    exchange.sendResponseHeaders(200, response.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(response);
    }
  }

  /** The number after {@code "current":} in a JSON body; 1 when absent. */
  static int currentPage(byte[] body) {
    byte[] key = "\"current\"".getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i + key.length < body.length; i++) {
      for (int k = 0; k < key.length; k++) {
        if (body[i + k] != key[k]) {
          continue outer;
        }
      }
      int j = i + key.length;
      while (j < body.length && (body[j] == ':' || body[j] == ' ' || body[j] == '"')) {
        j++;
      }
      int value = 0;
      while (j < body.length && body[j] >= '0' && body[j] <= '9') {
        value = value * 10 + (body[j++] - '0');
      }
      return value;
    }
    return 1;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
