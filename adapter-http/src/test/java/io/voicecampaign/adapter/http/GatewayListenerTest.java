package io.voicecampaign.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.application.observe.Endpoint;
import io.voicecampaign.application.observe.GatewayEvent;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.testing.VirtualClock;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The HTTP gateways report every call, attempt and retry to their listeners")
class GatewayListenerTest {

  private static final TaskQuery QUERY = TaskQuery.within(
      TimeRange.between(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-02T00:00:00Z")), 10);

  @StartStop
  final MockWebServer server = HttpFixtures.server();

  private final VirtualClock time = HttpFixtures.seedTime();
  private final List<GatewayEvent> events = Collections.synchronizedList(new ArrayList<>());

  private HttpGateways gateways(HttpConfig.Builder config) {
    return HttpVoiceCampaigns.gateways(config.build(), time);
  }

  private static List<String> names(List<GatewayEvent> events) {
    return events.stream().map(e -> e.getClass().getSimpleName()).toList();
  }

  @Test
  @DisplayName("a read answered -18 then success: the failed attempt with its code, the retry with the wait slept, two attempts")
  void retriedRead() {
    server.enqueue(HttpFixtures.code(-18, "busy"));
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_QUERY_ANSWER));

    assertThat(gateways(HttpFixtures.config(server, time).listener(events::add)).groupCalls().queryTasks(QUERY).isRight()).isTrue();

    assertThat(names(events)).containsExactly("CallStarted", "AttemptSent", "AttemptFailed", "RetryScheduled", "AttemptSent",
        "AnswerDecoded", "CallFinished");
    assertThat(events).allSatisfy(e -> assertThat(e.endpoint()).isEqualTo(Endpoint.QUERY_TASKS));
    assertThat(events.get(2)).isInstanceOfSatisfying(GatewayEvent.AttemptFailed.class,
        failed -> assertThat(failed.reason()).hasToString("UNAVAILABLE(-18)"));
    assertThat(events.get(3)).isInstanceOfSatisfying(GatewayEvent.RetryScheduled.class, retry -> {
      assertThat(retry.nextAttempt()).isEqualTo(2);
      assertThat(retry.delay()).isEqualTo(time.sleeps().get(0));
    });
    assertThat(events.get(6)).isInstanceOfSatisfying(GatewayEvent.CallFinished.class, finished -> {
      assertThat(finished.succeeded()).isTrue();
      assertThat(finished.attempts()).isEqualTo(2);
    });
  }

  @Test
  @DisplayName("a launch refused -37 finishes as REJECTED(-37) after one attempt, to every listener")
  void rejectedLaunch() {
    List<GatewayEvent> second = new ArrayList<>();
    server.enqueue(HttpFixtures.code(-37, "concurrent task limit"));

    Either<GatewayFailure, TaskId> launched = gateways(HttpFixtures.config(server, time).listener(events::add).listener(second::add))
        .groupCalls().launch(HttpFixtures.seedCampaign());

    assertThat(launched.getLeft()).isInstanceOf(GatewayFailure.Rejected.class);
    assertThat(second).isEqualTo(events);
    assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(GatewayEvent.CallFinished.class, finished -> {
      assertThat(finished.endpoint()).isEqualTo(Endpoint.LAUNCH);
      assertThat(finished.failure().get()).hasToString("REJECTED(-37)");
      assertThat(finished.attempts()).isEqualTo(1);
    });
  }

  @Test
  @DisplayName("a launch answered 503 is one call that failed, not re-sent by the gateway (the launch use case settles it)")
  void launchUnknown() {
    server.enqueue(new MockResponse.Builder().code(503).body("down").build());

    Either<GatewayFailure, TaskId> launched = gateways(HttpFixtures.config(server, time).listener(events::add))
        .groupCalls().launch(HttpFixtures.seedCampaign());

    assertThat(launched.getLeft()).isInstanceOf(GatewayFailure.Unavailable.class);
    assertThat(events).extracting(e -> e.endpoint() + " " + e.getClass().getSimpleName()).containsExactly(
        "LAUNCH CallStarted", "LAUNCH AttemptSent", "LAUNCH AttemptFailed", "LAUNCH CallFinished");
    assertThat(events.get(3)).isInstanceOfSatisfying(GatewayEvent.CallFinished.class, f -> assertThat(f.succeeded()).isFalse());
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  @DisplayName("a listener that throws on every event breaks no call")
  void throwingListener() {
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_QUERY_ANSWER));

    Either<?, ?> page = gateways(HttpFixtures.config(server, time).listener(e -> {
      throw new IllegalStateException("broken dashboard");
    }).listener(events::add)).groupCalls().queryTasks(QUERY);

    assertThat(page.isRight()).isTrue();
    assertThat(names(events)).containsExactly("CallStarted", "AttemptSent", "AnswerDecoded", "CallFinished");
  }

  @Test
  @DisplayName("each retry is logged through System.Logger with its reason and wait, and no secret or Sign")
  void retryLog() {
    List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
    Logger jul = Logger.getLogger("io.voicecampaign.adapter.http.retry");
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    jul.setLevel(Level.FINE);
    jul.addHandler(handler);
    try {
      server.enqueue(new MockResponse.Builder().code(503).body("down").build());
      server.enqueue(HttpFixtures.json(HttpFixtures.SEED_QUERY_ANSWER));

      assertThat(gateways(HttpFixtures.config(server, time)).groupCalls().queryTasks(QUERY).isRight()).isTrue();

      assertThat(records).hasSize(1);
      String line = records.get(0).getMessage();
      assertThat(line).matches("query_tasks call \\d+: attempt 1 failed \\(UNAVAILABLE\\); attempt 2 in "
          + time.sleeps().get(0).toMillis() + " ms");
      assertThat(line).doesNotContain(HttpFixtures.API_SECRET).doesNotContain(HttpFixtures.API_KEY);
    } finally {
      jul.removeHandler(handler);
      jul.setLevel(null);
    }
  }

  @Test
  @DisplayName("the request log goes to a System.Logger at the level asked for, Sign redacted")
  void systemLoggerRequestLog() {
    String name = "voicecampaign-system-logger-" + System.nanoTime();
    List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
    Logger jul = Logger.getLogger(name);
    jul.setUseParentHandlers(false);
    jul.setLevel(Level.FINE);
    jul.addHandler(new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    });
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_QUERY_ANSWER));

    gateways(HttpFixtures.config(server, time).requestLog(System.getLogger(name), System.Logger.Level.DEBUG))
        .groupCalls().queryTasks(QUERY);

    assertThat(records).hasSize(2).allSatisfy(record -> assertThat(record.getLevel()).isEqualTo(Level.FINE));
    assertThat(records.get(0).getMessage()).contains("group/call/query").contains("Sign: <redacted>");
  }
}
