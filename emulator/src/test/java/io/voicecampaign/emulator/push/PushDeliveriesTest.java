package io.voicecampaign.emulator.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.voicecampaign.adapter.http.report.CallReportParser;
import io.voicecampaign.domain.report.CallReport;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Report pushes")
class PushDeliveriesTest {

  private static final Instant START = Instant.parse("2025-03-03T01:00:00Z");

  private final AtomicReference<Instant> platform = new AtomicReference<>(START);
  private final java.util.List<AutoCloseable> closing = new java.util.ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : closing) {
      c.close();
    }
  }

  private PushDeliveries pushes(Duration timeout, int capacity) {
    PushDeliveries pushes = PushDeliveries.start(platform::get, Clock.systemUTC(), ZoneOffset.ofHours(8), timeout, capacity, false);
    closing.add(pushes);
    return pushes;
  }

  private PushDeliveries pushes() {
    return pushes(Duration.ofSeconds(5), PushDeliveries.DEFAULT_CAPACITY);
  }

  private Receiver receiver(Receiver receiver) {
    closing.add(receiver);
    return receiver;
  }

  private void advance(PushDeliveries pushes, Duration by) {
    platform.updateAndGet(now -> now.plus(by));
    pushes.wake();
  }

  private static PushedBatch only(PushDeliveries pushes) {
    assertThat(pushes.batches()).hasSize(1);
    return pushes.batches().get(0);
  }

  private static void awaitState(PushDeliveries pushes, PushState state, int attempts) {
    Receiver.await(() -> pushes.batches().exists(b -> b.state() == state && b.attempts().size() == attempts),
        () -> "no batch " + state + " after " + attempts + " attempts: " + pushes.batches());
  }

  /** Sleeps past a few looks at the clock, so that a retry that fell due would have gone. */
  private static void letPollsPass() throws InterruptedException {
    Thread.sleep(PushDeliveries.POLL.toMillis() * 3);
  }

  @Test
  @DisplayName("deliver a batch refused twice on its third attempt, 30 minutes of platform time apart, the same body each time")
  void retriesOnPlatformTime() throws Exception {
    Receiver receiver = receiver(Receiver.answering(500, 500, 200));
    PushDeliveries pushes = pushes();
    pushes.target("url", receiver.url()).get();
    Seq<CallReport> reports = List.of(Reports.full("v-1"), Reports.unanswered("v-2"));

    assertThat(pushes.submit("task-7#1", reports)).isEqualTo(Submission.ACCEPTED);
    awaitState(pushes, PushState.RETRYING, 1);
    assertThat(only(pushes).nextAttempt()).contains(START.plus(PushDeliveries.RETRY_INTERVAL));

    advance(pushes, Duration.ofMinutes(29));
    letPollsPass();
    assertThat(receiver.bodies()).hasSize(1);
    advance(pushes, Duration.ofMinutes(1));
    awaitState(pushes, PushState.RETRYING, 2);
    advance(pushes, Duration.ofMinutes(30));
    awaitState(pushes, PushState.DELIVERED, 3);

    PushedBatch batch = only(pushes);
    assertThat(batch.id()).isEqualTo("task-7#1");
    assertThat(batch.records()).isEqualTo(2);
    assertThat(batch.attempts().map(Attempt::platformTime))
        .containsExactly(START, START.plus(Duration.ofMinutes(30)), START.plus(Duration.ofMinutes(60)));
    assertThat(batch.attempts().map(Attempt::outcome))
        .containsExactly(new Outcome.Answered(500), new Outcome.Answered(500), new Outcome.Answered(200));
    assertThat(batch.nextAttempt()).isEmpty();
    assertThat(receiver.bodies()).hasSize(3);
    for (byte[] body : receiver.bodies()) {
      assertThat(CallReportParser.create().parse(body).get()).containsExactlyElementsOf(reports);
    }
    assertThat(receiver.contentTypes()).containsOnly("application/json;charset=UTF-8");
  }

  @Test
  @DisplayName("give a batch up after 4 attempts, one first and three retries, and never send it again")
  void givesUp() throws Exception {
    Receiver receiver = receiver(Receiver.answering(503));
    PushDeliveries pushes = pushes();
    pushes.target("url", receiver.url()).get();

    pushes.submit("b", List.of(Reports.full("v-1")));
    for (int attempt = 1; attempt <= 3; attempt++) {
      awaitState(pushes, PushState.RETRYING, attempt);
      advance(pushes, PushDeliveries.RETRY_INTERVAL);
    }
    awaitState(pushes, PushState.GIVEN_UP, 4);
    advance(pushes, Duration.ofHours(5));
    letPollsPass();

    assertThat(receiver.bodies()).hasSize(4);
    assertThat(only(pushes).givenUpBecause()).contains("no HTTP 200 in 4 attempts");
    assertThat(only(pushes).attempts().map(Attempt::outcome)).containsOnly(new Outcome.Answered(503));
  }

  @Test
  @DisplayName("count a refused connection as a failed attempt, to be retried")
  void refusedConnection() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    PushDeliveries pushes = pushes();
    pushes.target("url", "http://127.0.0.1:" + port + "/reports").get();

    pushes.submit("b", List.of(Reports.full("v-1")));
    awaitState(pushes, PushState.RETRYING, 1);

    assertThat(only(pushes).attempts().get(0).outcome()).isEqualTo(new Outcome.Failed("connection refused"));
  }

  @Test
  @DisplayName("count a receiver slower than the timeout as a failed attempt, and go on to the next batch")
  void slowReceiver() throws Exception {
    Receiver slow = receiver(Receiver.slow(Duration.ofSeconds(3)));
    Receiver quick = receiver(Receiver.answering(200));
    PushDeliveries pushes = pushes(Duration.ofMillis(300), 10);
    pushes.target("url", slow.url()).get();
    pushes.submit("slow", List.of(Reports.full("v-1")));
    pushes.target("url", quick.url()).get();
    pushes.submit("quick", List.of(Reports.full("v-2")));

    awaitState(pushes, PushState.DELIVERED, 1);

    PushedBatch first = pushes.batches().get(0);
    assertThat(first.state()).isEqualTo(PushState.RETRYING);
    assertThat(first.attempts().get(0).outcome()).isEqualTo(new Outcome.Failed("timed out after 300 ms"));
    assertThat(slow.bodies()).hasSize(1);
    assertThat(Duration.between(first.attempts().get(0).wallTime(), pushes.batches().get(1).attempts().get(0).wallTime()))
        .isLessThan(Duration.ofSeconds(3));
  }

  @Test
  @DisplayName("count a connection reset by the receiver as a failed attempt, and deliver the next batch")
  void resetConnection() throws Exception {
    AtomicInteger accepted = new AtomicInteger();
    ServerSocket resetting = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
    closing.add(resetting);
    Thread acceptor = new Thread(() -> {
      while (!resetting.isClosed()) {
        try (Socket socket = resetting.accept()) {
          accepted.incrementAndGet();
          InputStream in = socket.getInputStream();
          in.read(new byte[64]);
          socket.setSoLinger(true, 0);
        } catch (IOException e) {
          return;
        }
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();
    Receiver receiver = receiver(Receiver.answering(200));
    PushDeliveries pushes = pushes();

    pushes.target("url", "http://127.0.0.1:" + resetting.getLocalPort() + "/reports").get();
    pushes.submit("reset", List.of(Reports.full("v-1")));
    awaitState(pushes, PushState.RETRYING, 1);
    pushes.target("url", receiver.url()).get();
    pushes.submit("after", List.of(Reports.full("v-2")));
    awaitState(pushes, PushState.DELIVERED, 1);

    assertThat(accepted.get()).isEqualTo(1);
    Outcome reset = pushes.batches().get(0).attempts().get(0).outcome();
    assertThat(reset).isInstanceOf(Outcome.Failed.class);
    assertThat(((Outcome.Failed) reset).error()).startsWith("connection failed: ");
  }

  @Test
  @DisplayName("refuse a batch beyond the queue's capacity, counting it, and push nothing without a target")
  void bounds() throws Exception {
    PushDeliveries pushes = pushes(Duration.ofSeconds(5), 2);
    assertThat(pushes.submit("none", List.of(Reports.full("v-0")))).isEqualTo(Submission.NO_TARGET);
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    pushes.target("url", "http://127.0.0.1:" + port + "/").get();

    assertThat(pushes.submit("a", List.of(Reports.full("v-1")))).isEqualTo(Submission.ACCEPTED);
    assertThat(pushes.submit("b", List.of(Reports.full("v-2")))).isEqualTo(Submission.ACCEPTED);
    assertThat(pushes.submit("c", List.of(Reports.full("v-3")))).isEqualTo(Submission.QUEUE_FULL);

    assertThat(pushes.refused()).isEqualTo(1);
    assertThat(pushes.batches().map(PushedBatch::id)).containsExactly("a", "b");
  }

  @Test
  @DisplayName("keep the newest batches up to the capacity, dropping the oldest finished ones")
  void boundedRecord() {
    Receiver receiver = receiver(Receiver.answering(200));
    PushDeliveries pushes = pushes(Duration.ofSeconds(5), 2);
    pushes.target("url", receiver.url()).get();

    for (String id : new String[] {"a", "b", "c"}) {
      assertThat(pushes.submit(id, List.of(Reports.full(id)))).isEqualTo(Submission.ACCEPTED);
      Receiver.await(() -> pushes.batches().last().state() == PushState.DELIVERED, () -> "not delivered: " + id);
    }

    assertThat(pushes.batches().map(PushedBatch::id)).containsExactly("b", "c");
  }

  @Test
  @DisplayName("give up every unfinished batch when stopped, and queue nothing more")
  void stop() {
    Receiver receiver = receiver(Receiver.answering(500));
    PushDeliveries pushes = pushes();
    pushes.target("url", receiver.url()).get();
    pushes.submit("b", List.of(Reports.full("v-1")));
    awaitState(pushes, PushState.RETRYING, 1);

    pushes.stop();
    advance(pushes, PushDeliveries.RETRY_INTERVAL);

    assertThat(only(pushes).state()).isEqualTo(PushState.GIVEN_UP);
    assertThat(only(pushes).givenUpBecause()).contains("the pushes were stopped");
    assertThat(pushes.target()).isEmpty();
    assertThat(pushes.submit("later", List.of(Reports.full("v-2")))).isEqualTo(Submission.NO_TARGET);
  }

  @Test
  @DisplayName("give up the batch under way when the platform clock fails, and deliver the next one")
  void failingClock() {
    Receiver receiver = receiver(Receiver.answering(200));
    java.util.concurrent.atomic.AtomicBoolean failing = new java.util.concurrent.atomic.AtomicBoolean(true);
    PushDeliveries pushes = PushDeliveries.start(() -> {
      if (failing.get()) {
        throw new IllegalStateException("clock down");
      }
      return platform.get();
    }, Clock.systemUTC(), ZoneOffset.ofHours(8), Duration.ofSeconds(5), 10, false);
    closing.add(pushes);
    pushes.target("url", receiver.url()).get();

    pushes.submit("first", List.of(Reports.full("v-1")));
    Receiver.await(() -> pushes.batches().get(0).state() == PushState.GIVEN_UP, () -> "not given up: " + pushes.batches());
    failing.set(false);
    pushes.submit("second", List.of(Reports.full("v-2")));
    awaitState(pushes, PushState.DELIVERED, 1);

    assertThat(pushes.batches().get(0).givenUpBecause().get()).contains("clock down");
    assertThat(receiver.bodies()).hasSize(1);
  }

  @Test
  @DisplayName("refuse a remote target, naming it and the rule")
  void remoteTarget() {
    PushDeliveries pushes = pushes();

    assertThat(pushes.target("url", "http://192.0.2.7/reports").getLeft().toString())
        .isEqualTo("url: 'http://192.0.2.7/reports' violates: " + PushTarget.LOOPBACK_RULE);
    assertThatThrownBy(() -> pushes.target(new PushTarget(URI.create("http://192.0.2.7/reports"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http://192.0.2.7/reports");
    assertThat(pushes.target()).isEmpty();
  }
}
