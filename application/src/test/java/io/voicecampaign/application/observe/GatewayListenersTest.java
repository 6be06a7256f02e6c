package io.voicecampaign.application.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.domain.shared.PlatformCode;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Gateway listeners hear one call's events in order, and a failing listener breaks nothing")
class GatewayListenersTest {

  private static final GatewayFailure UNAVAILABLE = new GatewayFailure.Unavailable("the platform reported -18", Option.none());

  @Test
  @DisplayName("a retried call reports started, each attempt, the retry with its wait, and the outcome with its attempts")
  void retriedCall() {
    List<GatewayEvent> events = new ArrayList<>();
    CallTrace trace = GatewayListeners.of(events::add).start(Endpoint.QUERY_TASKS);

    trace.attemptSent();
    trace.attemptFailed(FailureReason.of(UNAVAILABLE, PlatformCode.SYSTEM_EXCEPTION));
    trace.retryScheduled(Duration.ofMillis(150));
    trace.attemptSent();
    trace.answerDecoded();
    Either<GatewayFailure, String> result = trace.finish(Either.right("page"));

    assertThat(result.get()).isEqualTo("page");
    long id = trace.callId();
    assertThat(events).extracting(e -> e.getClass().getSimpleName()).containsExactly(
        "CallStarted", "AttemptSent", "AttemptFailed", "RetryScheduled", "AttemptSent", "AnswerDecoded", "CallFinished");
    assertThat(events).allSatisfy(e -> {
      assertThat(e.callId()).isEqualTo(id);
      assertThat(e.endpoint()).isEqualTo(Endpoint.QUERY_TASKS);
    });
    assertThat(events.get(2)).isInstanceOfSatisfying(GatewayEvent.AttemptFailed.class, failed -> {
      assertThat(failed.attempt()).isEqualTo(1);
      assertThat(failed.reason().toString()).isEqualTo("UNAVAILABLE(-18)");
    });
    assertThat(events.get(3)).isEqualTo(new GatewayEvent.RetryScheduled(id, Endpoint.QUERY_TASKS, 2,
        new FailureReason(FailureKind.UNAVAILABLE, Option.some(PlatformCode.SYSTEM_EXCEPTION)), Duration.ofMillis(150)));
    assertThat(events.get(6)).isInstanceOfSatisfying(GatewayEvent.CallFinished.class, finished -> {
      assertThat(finished.succeeded()).isTrue();
      assertThat(finished.outcome()).isEqualTo("success");
      assertThat(finished.attempts()).isEqualTo(2);
      assertThat(finished.duration()).isPositive();
    });
  }

  @Test
  @DisplayName("a failed call keeps the platform code of its last attempt; a rejection names its own")
  void failedCall() {
    List<GatewayEvent> events = new ArrayList<>();
    GatewayListeners listeners = GatewayListeners.of(events::add);
    CallTrace unavailable = listeners.start(Endpoint.QUERY_TASKS);
    unavailable.attemptSent();
    unavailable.attemptFailed(FailureReason.of(UNAVAILABLE, PlatformCode.SYSTEM_EXCEPTION));
    unavailable.finish(Either.left(UNAVAILABLE));
    CallTrace rejected = listeners.start(Endpoint.LAUNCH);
    rejected.finish(Either.left(new GatewayFailure.Rejected(PlatformCode.CONCURRENT_TASK_LIMIT, "limit")));

    List<GatewayEvent.CallFinished> finished = events.stream().filter(GatewayEvent.CallFinished.class::isInstance)
        .map(GatewayEvent.CallFinished.class::cast).toList();
    assertThat(finished).extracting(f -> f.failure().get().toString()).containsExactly("UNAVAILABLE(-18)", "REJECTED(-37)");
    assertThat(finished).extracting(GatewayEvent.CallFinished::outcome).containsExactly("unavailable", "rejected");
    assertThat(finished.get(1).attempts()).isZero();
    assertThat(finished.get(0).callId()).isNotEqualTo(finished.get(1).callId());
  }

  @Test
  @DisplayName("several listeners hear every event in the order they were added")
  void several() {
    List<String> heard = new ArrayList<>();
    GatewayListeners listeners = GatewayListeners.of(e -> heard.add("first " + e.getClass().getSimpleName()))
        .with(e -> heard.add("second " + e.getClass().getSimpleName()));

    listeners.start(Endpoint.CANCEL_TASKS).finish(Either.right("done"));

    assertThat(listeners.size()).isEqualTo(2);
    assertThat(heard).containsExactly("first CallStarted", "second CallStarted", "first CallFinished", "second CallFinished");
  }

  @Test
  @DisplayName("a listener that throws is logged once, and the others and the call go on")
  void throwingListener() {
    List<LogRecord> records = new ArrayList<>();
    Logger jul = Logger.getLogger(GatewayListeners.LOGGER_NAME);
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
    jul.addHandler(handler);
    jul.setUseParentHandlers(false);
    try {
      List<GatewayEvent> heard = new ArrayList<>();
      GatewayListeners listeners = GatewayListeners.of(e -> {
        throw new IllegalStateException("listener bug");
      }, heard::add);

      CallTrace trace = listeners.start(Endpoint.LAUNCH);
      trace.attemptSent();
      Either<GatewayFailure, String> result = trace.finish(Either.right("id"));

      assertThat(result.get()).isEqualTo("id");
      assertThat(heard).hasSize(3);
      assertThat(records).hasSize(1);
      assertThat(records.get(0).getThrown()).hasMessage("listener bug");
      assertThat(records.get(0).getMessage()).contains("threw on CallStarted");
    } finally {
      jul.removeHandler(handler);
      jul.setUseParentHandlers(true);
    }
  }

  @Test
  @DisplayName("with no listener, a trace reports nothing and counts nothing")
  void none() {
    CallTrace trace = GatewayListeners.none().start(Endpoint.LAUNCH);
    trace.attemptSent();

    assertThat(trace.isOn()).isFalse();
    assertThat(trace.attempts()).isZero();
    assertThat(trace).isSameAs(GatewayListeners.none().start(Endpoint.QUERY_TASKS));
  }
}
