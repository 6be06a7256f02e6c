package io.voicecampaign.reliability.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.http.HttpGateways;
import io.voicecampaign.adapter.http.HttpVoiceCampaigns;
import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.adapter.http.config.RetryPolicy;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.port.out.Sleeper;
import io.voicecampaign.domain.shared.Done;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.reliability.support.ReliabilityFixtures;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Each network fault becomes the right failure within the configured time")
class NetworkFaultTest {

  /** Read timeout of these tests. */
  private static final Duration READ = Duration.ofMillis(300);
  /** Slack for a loaded two-core machine on top of every computed bound. */
  private static final Duration SLACK = Duration.ofMillis(1_500);

  @StartStop
  final MockWebServer server = ReliabilityFixtures.server();

  @StartStop
  final MockWebServer resetting = ReliabilityFixtures.resettingServer();

  private HttpGateways gateways(MockWebServer target, int attempts) {
    return gateways(ReliabilityFixtures.config(target).retryPolicy(ReliabilityFixtures.noWait(attempts)));
  }

  private static HttpGateways gateways(HttpConfig.Builder config) {
    return HttpVoiceCampaigns.gateways(config.readTimeout(READ).callTimeout(Duration.ofSeconds(3))
        .sleeper(Sleeper.SYSTEM).build(), Clock.systemUTC());
  }

  private static <T> Timed<T> timed(Supplier<T> call) {
    long start = System.nanoTime();
    T result = call.get();
    return new Timed<>(result, Duration.ofNanos(System.nanoTime() - start));
  }

  private record Timed<T>(T result, Duration elapsed) {}

  private Timed<Either<GatewayFailure, Page<GroupCallTask>>> query(HttpGateways gateways) {
    return timed(() -> gateways.groupCalls().queryTasks(ReliabilityFixtures.taskQuery()));
  }

  @Test
  @DisplayName("disconnected before the request: Unavailable after both attempts, within a second and a half")
  void disconnectBeforeRequest() {
    server.setDispatcher(Faults.serving(Faults::closedBeforeRequest));

    Timed<Either<GatewayFailure, Page<GroupCallTask>>> query = query(gateways(server, 2));

    assertThat(query.result().getLeft()).isInstanceOfSatisfying(GatewayFailure.Unavailable.class,
        failure -> assertThat(failure.reason()).containsAnyOf("before the request was sent", "after the request was sent"));
    assertThat(query.elapsed()).isLessThan(SLACK);
  }

  @Test
  @DisplayName("disconnected after the request: a read is retried, a cancel is not (the platform may have acted)")
  void disconnectAfterRequest() {
    server.setDispatcher(Faults.serving(Faults::closedAfterRequest));
    HttpGateways gateways = gateways(server, 3);

    Timed<Either<GatewayFailure, Page<GroupCallTask>>> query = query(gateways);
    int queries = server.getRequestCount();
    Timed<Either<GatewayFailure, Done>> cancel = timed(() -> gateways.groupCalls().cancelTasks(List.of(TaskId.of(5_000_601))));

    assertThat(query.result().getLeft()).isInstanceOfSatisfying(GatewayFailure.Unavailable.class,
        failure -> assertThat(failure.reason()).contains("after the request was sent"));
    assertThat(queries).as("three attempts of the query").isEqualTo(3);
    assertThat(cancel.result().getLeft()).isInstanceOfSatisfying(GatewayFailure.Unavailable.class,
        failure -> assertThat(failure.retryable()).isTrue());
    assertThat(server.getRequestCount() - queries).as("one cancel, not repeated").isEqualTo(1);
    assertThat(query.elapsed().plus(cancel.elapsed())).isLessThan(SLACK);
  }

  @Test
  @DisplayName("disconnected in the middle of the body: Unavailable, the answer cut off")
  void disconnectMidBody() {
    server.setDispatcher(Faults.serving(Faults::closedMidBody));

    Timed<Either<GatewayFailure, Page<GroupCallTask>>> query = query(gateways(server, 2));

    assertThat(query.result().getLeft()).isInstanceOfSatisfying(GatewayFailure.Unavailable.class,
        failure -> assertThat(failure.reason()).contains("cut off"));
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(query.elapsed()).isLessThan(SLACK);
  }

  @Test
  @DisplayName("no answer past the read timeout: TimedOut after each attempt's read timeout, and no later")
  void stalledPastReadTimeout() {
    server.setDispatcher(Faults.serving(Faults::stalledBeforeAnswer));

    Timed<Either<GatewayFailure, Page<GroupCallTask>>> query = query(gateways(server, 2));

    assertThat(query.result().getLeft()).isInstanceOfSatisfying(GatewayFailure.TimedOut.class, failure -> {
      assertThat(failure.reason()).isEqualTo("no answer within the read timeout");
      assertThat(failure.after()).isGreaterThanOrEqualTo(READ.minusMillis(50));
    });
    assertThat(query.elapsed()).isBetween(READ.multipliedBy(2).minusMillis(100), READ.multipliedBy(2).plus(SLACK));
  }

  @Test
  @DisplayName("a body stalled in the middle: TimedOut, the answer stalled, within the read timeout of each attempt")
  void stalledMidBody() {
    server.setDispatcher(Faults.serving(Faults::stalledMidBody));

    Timed<Either<GatewayFailure, Page<GroupCallTask>>> query = query(gateways(server, 1));

    assertThat(query.result().getLeft()).isInstanceOfSatisfying(GatewayFailure.TimedOut.class,
        failure -> assertThat(failure.reason()).isEqualTo("the answer stalled past the read timeout"));
    assertThat(query.elapsed()).isBetween(READ.minusMillis(100), READ.plus(SLACK));
  }

  @Test
  @DisplayName("the retry deadline stops a stalled platform: no attempt starts after it")
  void retryDeadline() {
    server.setDispatcher(Faults.serving(Faults::stalledBeforeAnswer));
    Duration deadline = Duration.ofMillis(700);
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(10).baseDelay(Duration.ZERO).maxDelay(Duration.ZERO).deadline(deadline).build();

    Timed<Either<GatewayFailure, Page<GroupCallTask>>> query = query(gateways(ReliabilityFixtures.config(server).retryPolicy(policy)));

    assertThat(query.result().getLeft()).isInstanceOf(GatewayFailure.TimedOut.class);
    assertThat(server.getRequestCount()).as("attempts started within %s", deadline).isBetween(2, 3);
    assertThat(query.elapsed()).isLessThan(deadline.plus(READ).plus(SLACK));
  }

  @Test
  @DisplayName("a throttled body slower than the read timeout: TimedOut")
  void throttledPastReadTimeout() {
    server.setDispatcher(Faults.serving(() -> Faults.throttledPage(16, Duration.ofMillis(500))));

    Timed<Either<GatewayFailure, Page<GroupCallTask>>> query = query(gateways(server, 1));

    assertThat(query.result().getLeft()).isInstanceOfSatisfying(GatewayFailure.TimedOut.class,
        failure -> assertThat(failure.reason()).isEqualTo("the answer stalled past the read timeout"));
    assertThat(query.elapsed()).isLessThan(READ.plus(SLACK));
  }

  @Test
  @DisplayName("a slow but steady body, each piece within the read timeout: read whole, a success")
  void throttledWithinReadTimeout() {
    server.setDispatcher(Faults.serving(() -> Faults.throttledPage(100, Duration.ofMillis(40))));
    Duration atLeast = Duration.ofMillis(40L * (Faults.PAGE.length() / 100));

    Timed<Either<GatewayFailure, Page<GroupCallTask>>> query = query(gateways(server, 1));

    assertThat(query.result().get().records()).hasSize(3);
    assertThat(query.elapsed()).isBetween(atLeast, atLeast.plus(SLACK));
  }

  @Test
  @DisplayName("a steady body longer than the whole-call timeout: TimedOut when the call timeout expires")
  void throttledPastCallTimeout() {
    server.setDispatcher(Faults.serving(() -> Faults.throttledPage(20, Duration.ofMillis(100))));
    Duration callTimeout = Duration.ofMillis(800);
    HttpGateways gateways = HttpVoiceCampaigns.gateways(ReliabilityFixtures.config(server).retryPolicy(RetryPolicy.none())
        .readTimeout(READ).callTimeout(callTimeout).build(), Clock.systemUTC());

    Timed<Either<GatewayFailure, Page<GroupCallTask>>> query = query(gateways);

    assertThat(query.result().getLeft()).isInstanceOfSatisfying(GatewayFailure.TimedOut.class,
        failure -> assertThat(failure.reason()).isEqualTo("the whole-call timeout expired"));
    assertThat(query.elapsed()).isBetween(callTimeout.minusMillis(100), callTimeout.plus(SLACK));
  }

  @Test
  @DisplayName("a connection reset after the request (TCP RST): Unavailable naming the reset")
  void resetAfterRequest() {
    resetting.setDispatcher(Faults.serving(Faults::closedAfterRequest));

    Timed<Either<GatewayFailure, Page<GroupCallTask>>> query = query(gateways(resetting, 2));

    assertThat(query.result().getLeft()).isInstanceOfSatisfying(GatewayFailure.Unavailable.class,
        failure -> assertThat(failure.reason()).containsIgnoringCase("reset"));
    assertThat(query.elapsed()).isLessThan(SLACK);
  }

  @Test
  @DisplayName("a connection reset in the middle of the body: Unavailable")
  void resetMidBody() {
    resetting.setDispatcher(Faults.serving(Faults::closedMidBody));

    Timed<Either<GatewayFailure, Page<GroupCallTask>>> query = query(gateways(resetting, 2));

    assertThat(query.result().getLeft()).isInstanceOfSatisfying(GatewayFailure.Unavailable.class,
        failure -> assertThat(failure.reason()).containsAnyOf("cut off", "reset"));
    assertThat(query.elapsed()).isLessThan(SLACK);
  }

  @Test
  @DisplayName("a refused connection: Unavailable, could not connect, nothing sent")
  void refused() throws IOException {
    MockWebServer closed = ReliabilityFixtures.server();
    closed.start();
    HttpConfig.Builder config = ReliabilityFixtures.config(closed).retryPolicy(ReliabilityFixtures.noWait(3));
    closed.close();

    Timed<Either<GatewayFailure, Page<GroupCallTask>>> query = query(gateways(config));

    assertThat(query.result().getLeft()).isInstanceOfSatisfying(GatewayFailure.Unavailable.class,
        failure -> assertThat(failure.reason()).contains("could not connect"));
    assertThat(query.elapsed()).isLessThan(SLACK);
  }
}
