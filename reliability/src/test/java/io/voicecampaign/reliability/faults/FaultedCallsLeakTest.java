package io.voicecampaign.reliability.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.http.HttpGateways;
import io.voicecampaign.adapter.http.HttpVoiceCampaigns;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.reliability.support.LogCapture;
import io.voicecampaign.reliability.support.ReliabilityFixtures;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Ten thousand faulted calls leave no leaked connection and no thread behind")
class FaultedCallsLeakTest {

  static final int CALLS = 10_000;

  /**
   * Threads the HTTP stack shares process-wide and that end by themselves after a minute idle:
   * OkHttp's task runner (connection-pool cleanup) and Okio's timeout watchdog. They are counted, not
   * awaited.
   */
  private static final Set<String> SHARED_DAEMONS = Set.of("OkHttp TaskRunner", "Okio Watchdog");

  /** One cheap fault per call, in turn; each with the failure it must become. */
  private enum Fault {
    HTTP_503(() -> Faults.status(503, "{\"error\":\"busy\"}"), GatewayFailure.Unavailable.class),
    HTTP_500_HTML(() -> Faults.status(500, "<html><body>Internal Server Error</body></html>"), GatewayFailure.Unavailable.class),
    HTTP_429(() -> Faults.status(429, ""), GatewayFailure.Unavailable.class),
    CLOSED_BEFORE_REQUEST(Faults::closedBeforeRequest, GatewayFailure.Unavailable.class),
    CLOSED_AFTER_REQUEST(Faults::closedAfterRequest, GatewayFailure.Unavailable.class),
    CLOSED_MID_BODY(Faults::closedMidBody, GatewayFailure.Unavailable.class),
    TRUNCATED_JSON(() -> new MockResponse.Builder().body(Faults.PAGE.substring(0, 200)).build(), GatewayFailure.MalformedResponse.class),
    HTML_200(() -> new MockResponse.Builder().body("<html>maintenance</html>").build(), GatewayFailure.MalformedResponse.class),
    PLATFORM_BUSY(() -> new MockResponse.Builder().body("{\"code\":-18,\"msg\":\"System exception\"}").build(), GatewayFailure.Unavailable.class);

    private final Supplier<MockResponse> answer;
    private final Class<? extends GatewayFailure> failure;

    Fault(Supplier<MockResponse> answer, Class<? extends GatewayFailure> failure) {
      this.answer = answer;
      this.failure = failure;
    }
  }

  private volatile Fault current = Fault.HTTP_503;
  private final AtomicInteger closedBeforeRequest = new AtomicInteger();

  @Test
  @DisplayName("10,000 calls (query, detail, cancel) over nine cheap faults: each the right failure; then the pool empties and no thread stays")
  void tenThousandFaultedCalls() throws IOException, InterruptedException {
    Map<Long, String> threadsBefore = liveThreads();
    ConnectionPool pool = new ConnectionPool(5, 5, TimeUnit.MINUTES);
    OkHttpClient client = new OkHttpClient.Builder().connectionPool(pool).build();
    Map<String, Integer> outcomes = new TreeMap<>();
    long start = System.nanoTime();
    int requests;
    try (LogCapture logs = LogCapture.of("okhttp3"); MockWebServer server = ReliabilityFixtures.server()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          // the request was read: a close meant for its start came too late, so close right after it
          return current == Fault.CLOSED_BEFORE_REQUEST ? Faults.closedAfterRequest() : current.answer.get();
        }

        // the server peeks when it starts waiting for a request, which on a kept-alive connection is
        // as soon as the previous answer went out: only a close at the request's start is taken from here
        @Override
        public MockResponse peek() {
          if (current == Fault.CLOSED_BEFORE_REQUEST) {
            closedBeforeRequest.incrementAndGet();
            return Faults.closedBeforeRequest();
          }
          return Faults.page().build();
        }
      });
      server.start();
      HttpGateways gateways = HttpVoiceCampaigns.gateways(ReliabilityFixtures.config(server).okHttpClient(client)
          .retryPolicy(ReliabilityFixtures.noWait(2)).build(), Clock.systemUTC());

      for (int i = 0; i < CALLS; i++) {
        Fault fault = Fault.values()[i % Fault.values().length];
        current = fault;
        Either<GatewayFailure, ?> result = switch (i % 3) {
          case 0 -> gateways.groupCalls().queryTasks(ReliabilityFixtures.taskQuery());
          case 1 -> gateways.recallFlows().flowDetail(RecallFlowId.of(298));
          default -> gateways.groupCalls().cancelTasks(List.of(TaskId.of(5_000_601)));
        };
        assertThat(result.isLeft()).as("call %d with %s", i, fault).isTrue();
        assertThat(result.getLeft()).as("call %d with %s", i, fault).isInstanceOf(fault.failure);
        outcomes.merge(fault + " -> " + result.getLeft().getClass().getSimpleName(), 1, Integer::sum);
      }
      requests = server.getRequestCount();

      // an unreleased connection is found when its call is collected: collect, then let the pool's cleanup run
      System.gc();
      Thread.sleep(100);
      current = Fault.HTTP_503;
      gateways.groupCalls().queryTasks(ReliabilityFixtures.taskQuery());
      Thread.sleep(200);
      assertThat(pool.idleConnectionCount()).as("every pooled connection is idle").isEqualTo(pool.connectionCount());
      pool.evictAll();
      assertThat(pool.connectionCount()).as("connections left after evictAll").isZero();
      assertThat(logs.containing("leaked")).as("OkHttp's leak warnings").isEmpty();
    }
    client.dispatcher().executorService().shutdown();
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    Map<Long, String> leftBehind = awaitNewThreadsEnd(threadsBefore, Duration.ofSeconds(10));
    System.out.printf("faulted calls: %,d calls, %,d requests, %,d connections closed at a request's start, %s, %.1f s;"
        + " shared daemons alive: %s%n", CALLS, requests, closedBeforeRequest.get(), outcomes, elapsed.toMillis() / 1e3,
        shared(liveThreads(), threadsBefore));
    assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(CALLS);
    assertThat(closedBeforeRequest).as("connections closed before a request was read").hasPositiveValue();
    assertThat(leftBehind).as("threads started during the run that are still alive").isEmpty();
  }

  @Test
  @DisplayName("the leak checks bite: a response left open keeps its connection busy and is reported leaked once collected")
  void leakChecksBite() throws IOException, InterruptedException {
    ConnectionPool pool = new ConnectionPool(5, 5, TimeUnit.MINUTES);
    OkHttpClient client = new OkHttpClient.Builder().connectionPool(pool).build();
    try (LogCapture logs = LogCapture.of("okhttp3"); MockWebServer server = ReliabilityFixtures.server()) {
      server.setDispatcher(Faults.serving(() -> Faults.page().build()));
      server.start();

      leaveOpen(client, server);
      int busy = pool.connectionCount() - pool.idleConnectionCount();
      long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (logs.containing("leaked").isEmpty() && System.nanoTime() < until) {
        System.gc();
        client.newCall(new Request.Builder().url(server.url("/")).build()).execute().close();
        Thread.sleep(50);
      }

      assertThat(busy).as("connections still allocated to the open response").isEqualTo(1);
      assertThat(logs.containing("leaked")).as("OkHttp's leak warnings").isNotEmpty();
    }
  }

  /** Makes a call and drops its response without closing it. */
  private static void leaveOpen(OkHttpClient client, MockWebServer server) throws IOException {
    Response response = client.newCall(new Request.Builder().url(server.url("/")).build()).execute();
    assertThat(response.code()).isEqualTo(200);
  }

  private static Map<Long, String> liveThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
        .collect(Collectors.toMap(Thread::getId, Thread::getName, (a, b) -> a, TreeMap::new));
  }

  private static boolean isShared(String name) {
    return SHARED_DAEMONS.stream().anyMatch(name::startsWith);
  }

  private static Map<Long, String> shared(Map<Long, String> now, Map<Long, String> before) {
    Map<Long, String> started = new TreeMap<>(now);
    started.keySet().removeAll(before.keySet());
    started.values().removeIf(name -> !isShared(name));
    return started;
  }

  /** The threads started since {@code before} (shared daemons aside) still alive after waiting up to {@code wait}. */
  private static Map<Long, String> awaitNewThreadsEnd(Map<Long, String> before, Duration wait) throws InterruptedException {
    long until = System.nanoTime() + wait.toNanos();
    Map<Long, String> started;
    do {
      started = new TreeMap<>(liveThreads());
      started.keySet().removeAll(before.keySet());
      started.values().removeIf(FaultedCallsLeakTest::isShared);
      if (started.isEmpty()) {
        return started;
      }
      Thread.sleep(50);
    } while (System.nanoTime() < until);
    return started;
  }
}
