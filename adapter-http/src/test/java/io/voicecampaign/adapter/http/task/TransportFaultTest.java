package io.voicecampaign.adapter.http.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.http.HttpFixtures;
import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.adapter.http.config.RetryPolicy;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.testing.VirtualClock;
import io.voicecampaign.domain.shared.Done;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Every transport fault becomes a typed failure; reads are retried, cancels only when unprocessed")
class TransportFaultTest {

  @StartStop
  final MockWebServer server = HttpFixtures.server();

  private final VirtualClock time = HttpFixtures.seedTime();
  private static final TaskQuery QUERY = TaskQuery.within(TimeRange.between(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-02T00:00:00Z")), 10);

  /** Jitter that always picks the longest delay allowed. */
  private static final RandomGenerator LONGEST_JITTER = new RandomGenerator() {
    @Override
    public long nextLong() {
      return Long.MAX_VALUE;
    }

    @Override
    public long nextLong(long bound) {
      return bound - 1;
    }
  };

  private HttpGroupCallGateway gateway(int attempts) {
    HttpConfig config = HttpFixtures.config(server, time).retryPolicy(RetryPolicy.builder().maxAttempts(attempts).seed(3).build()).build();
    return new HttpGroupCallGateway(HttpFixtures.transport(config, time));
  }

  private Either<GatewayFailure, Page<GroupCallTask>> query(int attempts) {
    return gateway(attempts).queryTasks(QUERY);
  }

  private static MockResponse.Builder ok() {
    return new MockResponse.Builder().body(HttpFixtures.SEED_QUERY_ANSWER);
  }

  @Test
  @DisplayName("a connection closed before the request is read is retried and then succeeds")
  void closedBeforeRequest() {
    server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(ok().build());

    assertThat(query(3).isRight()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(time.sleeps()).hasSize(1);
  }

  @Test
  @DisplayName("a connection dropped after the request becomes Unavailable once the attempts are spent")
  void droppedAfterRequest() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    }

    Either<GatewayFailure, Page<GroupCallTask>> result = query(3);

    assertThat(result.getLeft()).isInstanceOfSatisfying(GatewayFailure.Unavailable.class,
        failure -> assertThat(failure.reason()).contains("after the request was sent"));
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(time.sleeps()).hasSize(2);
  }

  @Test
  @DisplayName("an answer stalled past the read timeout becomes TimedOut")
  void stalledAnswer() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

    Either<GatewayFailure, Page<GroupCallTask>> result = query(1);

    assertThat(result.getLeft()).isInstanceOfSatisfying(GatewayFailure.TimedOut.class,
        failure -> assertThat(failure.after()).isBetween(Duration.ofMillis(700), Duration.ofSeconds(3)));
  }

  @Test
  @DisplayName("a body cut in the middle becomes Unavailable, naming the cut")
  void cutBody() {
    server.enqueue(ok().onResponseBody(new SocketEffect.CloseSocket()).build());

    assertThat(query(1).getLeft()).isInstanceOfSatisfying(GatewayFailure.Unavailable.class,
        failure -> assertThat(failure.reason()).contains("cut off"));
  }

  @Test
  @DisplayName("a body throttled slower than the read timeout becomes TimedOut")
  void throttledBody() {
    server.enqueue(ok().throttleBody(8, 1, TimeUnit.SECONDS).build());

    assertThat(query(1).getLeft()).isInstanceOfSatisfying(GatewayFailure.TimedOut.class,
        failure -> assertThat(failure.after()).isGreaterThanOrEqualTo(Duration.ofMillis(700)));
  }

  @Test
  @DisplayName("a refused connection becomes Unavailable after every attempt")
  void refused() throws IOException {
    MockWebServer closed = new MockWebServer();
    closed.start();
    HttpConfig config = HttpFixtures.config(closed, time).build();
    closed.close();

    Either<GatewayFailure, Page<GroupCallTask>> result = new HttpGroupCallGateway(HttpFixtures.transport(config, time)).queryTasks(QUERY);

    assertThat(result.getLeft()).isInstanceOfSatisfying(GatewayFailure.Unavailable.class,
        failure -> assertThat(failure.reason()).contains("could not connect"));
    assertThat(time.sleeps()).hasSize(2);
  }

  @Test
  @DisplayName("HTTP 5xx with an HTML page is retried, then Unavailable")
  void serverErrors() {
    server.enqueue(new MockResponse.Builder().code(502).body("<html><body>Bad Gateway</body></html>").build());
    server.enqueue(new MockResponse.Builder().code(503).body("").build());

    assertThat(query(2).getLeft()).isInstanceOfSatisfying(GatewayFailure.Unavailable.class,
        failure -> assertThat(failure.reason()).startsWith("HTTP 503"));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  @DisplayName("HTTP 429 waits at least Retry-After before the next attempt")
  void retryAfter() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3").build());
    server.enqueue(ok().build());

    assertThat(query(3).isRight()).isTrue();
    assertThat(time.sleeps()).singleElement().isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  @DisplayName("a Retry-After beyond the deadline ends the operation at once, carrying the wait")
  void retryAfterBeyondDeadline() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "120").build());

    assertThat(query(3).getLeft()).isInstanceOfSatisfying(GatewayFailure.Unavailable.class,
        failure -> assertThat(failure.retryAfter().get()).isEqualTo(Duration.ofSeconds(120)));
    assertThat(time.sleeps()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  @DisplayName("the deadline stops retries even when attempts remain")
  void deadline() {
    HttpConfig config = HttpFixtures.config(server, time).retryPolicy(RetryPolicy.builder().maxAttempts(10)
        .baseDelay(Duration.ofSeconds(4)).maxDelay(Duration.ofSeconds(4)).deadline(Duration.ofSeconds(10)).random(LONGEST_JITTER)
        .build()).build();
    for (int i = 0; i < 10; i++) {
      server.enqueue(new MockResponse.Builder().code(500).build());
    }

    Either<GatewayFailure, Page<GroupCallTask>> result = new HttpGroupCallGateway(HttpFixtures.transport(config, time)).queryTasks(QUERY);

    assertThat(result.isLeft()).isTrue();
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(4));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  @DisplayName("HTTP 401 and 403 are Unauthorized and not retried")
  void unauthorizedStatus() {
    server.enqueue(new MockResponse.Builder().code(401).body("denied").build());

    assertThat(query(3).getLeft()).isInstanceOf(GatewayFailure.Unauthorized.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  @DisplayName("HTTP 404 names the prefix to check; a redirect is not followed")
  void notFoundAndRedirect() {
    server.enqueue(new MockResponse.Builder().code(404).body("<html>Not Found</html>").build());
    server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "http://127.0.0.1:1/elsewhere").build());

    assertThat(query(3).getLeft()).isInstanceOfSatisfying(GatewayFailure.MalformedResponse.class,
        failure -> assertThat(failure.reason()).contains("HTTP 404").contains("path prefix"));
    assertThat(query(3).getLeft()).isInstanceOfSatisfying(GatewayFailure.MalformedResponse.class,
        failure -> assertThat(failure.reason()).contains("HTTP 302").contains("redirects are not followed"));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  @DisplayName("HTML, empty, truncated and wrong-typed success answers are MalformedResponse with a snippet, not retried")
  void malformedSuccess() {
    server.enqueue(new MockResponse.Builder().body("<!DOCTYPE html><html>maintenance</html>").build());
    server.enqueue(new MockResponse.Builder().body("").build());
    server.enqueue(new MockResponse.Builder().body("{\"code\":0,\"msg\":\"success\",\"data\":{\"records\":[{\"taskId\":1,").build());
    server.enqueue(new MockResponse.Builder().body("{\"code\":0,\"msg\":\"success\",\"data\":{\"records\":[{\"taskId\":1,\"taskName\":\"a\",\"status\":\"calling\"}]}}").build());
    server.enqueue(new MockResponse.Builder().body("{\"code\":0,\"msg\":\"success\",\"data\":{\"records\":[{\"taskId\":1,\"status\":1}]}}").build());

    assertThat(query(3).getLeft()).isInstanceOfSatisfying(GatewayFailure.MalformedResponse.class,
        failure -> assertThat(failure.reason()).contains("markup").isNotEmpty());
    assertThat(query(3).getLeft()).isInstanceOfSatisfying(GatewayFailure.MalformedResponse.class,
        failure -> assertThat(failure.reason()).contains("empty"));
    assertThat(query(3).getLeft()).isInstanceOfSatisfying(GatewayFailure.MalformedResponse.class,
        failure -> assertThat(failure.reason()).contains("truncated"));
    assertThat(query(3).getLeft()).isInstanceOfSatisfying(GatewayFailure.MalformedResponse.class,
        failure -> assertThat(failure.reason()).contains("$.data.records[0].status"));
    assertThat(query(3).getLeft()).isInstanceOfSatisfying(GatewayFailure.MalformedResponse.class,
        failure -> assertThat(failure.reason()).contains("records[0].taskName is missing"));
    assertThat(server.getRequestCount()).isEqualTo(5);
  }

  @Test
  @DisplayName("an answer larger than the limit is MalformedResponse and is not read whole")
  void oversized() {
    HttpConfig config = HttpFixtures.config(server, time).maxResponseBytes(4096).build();
    server.enqueue(new MockResponse.Builder().body(new Buffer().writeUtf8("{\"code\":0,\"msg\":\"success\",\"data\":\"" + "x".repeat(100_000) + "\"}")).build());

    Either<GatewayFailure, Page<GroupCallTask>> result = new HttpGroupCallGateway(HttpFixtures.transport(config, time)).queryTasks(QUERY);

    assertThat(result.getLeft()).isInstanceOfSatisfying(GatewayFailure.MalformedResponse.class,
        failure -> assertThat(failure.reason()).contains("larger than 4096 bytes"));
  }

  @Test
  @DisplayName("every answer's body is closed: one connection serves successes and failures alike")
  void bodiesAreClosed() throws InterruptedException {
    HttpGroupCallGateway gateway = gateway(1);
    server.enqueue(ok().build());
    server.enqueue(new MockResponse.Builder().code(500).body("<html>oops</html>").build());
    server.enqueue(new MockResponse.Builder().code(404).body("nothing").build());
    server.enqueue(new MockResponse.Builder().body("{\"code\":0,\"msg\":\"success\",\"data\":{\"records\":[{\"taskId\":\"x\"}]}}").build());
    server.enqueue(HttpFixtures.code(-22, "Parameter exception"));
    server.enqueue(ok().build());

    for (int i = 0; i < 6; i++) {
      gateway.queryTasks(QUERY);
    }

    for (int i = 0; i < 6; i++) {
      assertThat(server.takeRequest().getConnectionIndex()).as("connection of request %d", i).isZero();
    }
  }

  @Test
  @DisplayName("a cancel is not repeated when the platform may have acted, but is when it provably did not")
  void cancelRepeatsOnlyUnprocessed() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "0").build());
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(new MockResponse.Builder().code(429).build());
    server.enqueue(HttpFixtures.json("{\"code\":\"0\",\"msg\":\"success\",\"data\":null}"));
    HttpGroupCallGateway gateway = gateway(3);

    Either<GatewayFailure, Done> unknown503 = gateway.cancelTasks(List.of(TaskId.of(1)));
    Either<GatewayFailure, Done> unknownDrop = gateway.cancelTasks(List.of(TaskId.of(1)));
    Either<GatewayFailure, Done> afterTooMany = gateway.cancelTasks(List.of(TaskId.of(1)));

    assertThat(unknown503.getLeft()).isInstanceOf(GatewayFailure.Unavailable.class);
    assertThat(unknownDrop.getLeft()).isInstanceOf(GatewayFailure.Unavailable.class);
    assertThat(afterTooMany).isEqualTo(Either.right(Done.DONE));
    assertThat(server.getRequestCount()).as("503 with Retry-After 0 is not re-sent by OkHttp either").isEqualTo(4);
  }

  @Test
  @DisplayName("a cancel of no task is refused before anything is sent")
  void emptyCancel() {
    assertThat(gateway(1).cancelTasks(List.empty()).getLeft()).isInstanceOf(GatewayFailure.InvalidRequest.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  @DisplayName("a platform code wins over the HTTP status: HTTP 500 carrying -22 is Rejected, not retried")
  void codeWinsOverStatus() {
    server.enqueue(new MockResponse.Builder().code(500).body("{\"code\":-22,\"msg\":\"Parameter exception\"}").build());

    assertThat(query(3).getLeft()).isEqualTo(new GatewayFailure.Rejected(PlatformCode.PARAMETER_EXCEPTION, "Parameter exception"));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
