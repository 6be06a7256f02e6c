package io.voicecampaign.emulator.push;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A push receiver on 127.0.0.1 that answers the statuses it is given in turn (the last one from then
 * on), optionally after a delay or once released, and keeps every body it got.
 */
final class Receiver implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Integer> statuses;
  private final Duration delay;
  private final List<byte[]> bodies = new CopyOnWriteArrayList<>();
  private final List<String> contentTypes = new CopyOnWriteArrayList<>();
  private final CountDownLatch held;

  private Receiver(Duration delay, CountDownLatch held, int... statuses) {
    this.delay = delay;
    this.held = held;
    this.statuses = new ArrayList<>();
    for (int status : statuses) {
      this.statuses.add(status);
    }
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/reports", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  /** A receiver answering {@code statuses} in turn, the last one from then on. */
  static Receiver answering(int... statuses) {
    return new Receiver(Duration.ZERO, new CountDownLatch(0), statuses);
  }

  /** A receiver that answers 200 once {@link #release()} is called. */
  static Receiver holding() {
    return new Receiver(Duration.ZERO, new CountDownLatch(1), 200);
  }

  /** Lets a holding receiver answer. */
  void release() {
    held.countDown();
  }

  /** A receiver that answers 200, but only after {@code delay}. */
  static Receiver slow(Duration delay) {
    return new Receiver(delay, new CountDownLatch(0), 200);
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    contentTypes.add(String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")));
    bodies.add(body);
    int status;
    synchronized (statuses) {
      status = statuses.size() > 1 ? statuses.remove(0) : statuses.get(0);
    }
    try {
      Thread.sleep(delay.toMillis());
      held.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  /** The URL batches are to be POSTed to. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/reports";
  }

  /** Every body received, in order. */
  List<byte[]> bodies() {
    return bodies;
  }

  /** The Content-Type of every request. */
  List<String> contentTypes() {
    return contentTypes;
  }

  /** Waits until {@code count} bodies came in; fails after 10 s. */
  void awaitBodies(int count) {
    await(() -> bodies.size() >= count, () -> "no " + count + " pushes received; got " + bodies.size());
  }

  /** Waits up to 10 s for {@code condition}; fails saying what {@code failure} tells then. */
  static void await(BooleanSupplier condition, Supplier<String> failure) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(failure.get());
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  @Override
  public void close() {
    release();
    server.stop(0);
    threads.shutdownNow();
  }
}
