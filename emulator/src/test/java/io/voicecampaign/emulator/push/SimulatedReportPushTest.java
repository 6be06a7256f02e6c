package io.voicecampaign.emulator.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.voicecampaign.adapter.fake.platform.CallRecord;
import io.voicecampaign.adapter.fake.platform.Reply;
import io.voicecampaign.adapter.http.report.CallReportParser;
import io.voicecampaign.adapter.http.report.CallReportReceiver;
import io.voicecampaign.application.port.in.report.CallReportHandler;
import io.voicecampaign.application.service.report.InMemoryReportLedger;
import io.voicecampaign.application.service.report.ReceiveCallReportsService;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.report.CallReport;
import io.voicecampaign.domain.report.CallReportSummary;
import io.voicecampaign.domain.report.RecallAttempts;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.emulator.Emulator;
import io.voicecampaign.emulator.EmulatorFixtures;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The simulator's call reports pushed by the emulator to the SDK's receiver over loopback")
class SimulatedReportPushTest {

  private static final int CALLEES = 30;

  private Emulator emulator;
  private HttpServer server;
  private ExecutorService threads;
  private final java.util.List<CallReport> handed = new CopyOnWriteArrayList<>();
  private final AtomicInteger refusals = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    emulator = EmulatorFixtures.start(EmulatorFixtures.config().build());
    threads = Executors.newFixedThreadPool(2);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.setExecutor(threads);
    server.start();
  }

  @AfterEach
  void stop() {
    emulator.close();
    server.stop(0);
    threads.shutdownNow();
  }

  /** Mounts the SDK's receiver with a handler that refuses its first {@code refused} calls, then keeps what it is handed. */
  private String receiver(int refused) {
    CallReportHandler handler = reports -> {
      if (refusals.getAndIncrement() < refused) {
        throw new IllegalStateException("the store is down");
      }
      handed.addAll(reports.asJava());
    };
    server.createContext("/reports", CallReportReceiver.of(
        new ReceiveCallReportsService(CallReportParser.create(), InMemoryReportLedger.create()), handler));
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/reports";
  }

  private TaskId launch() {
    AgentCampaign.Builder campaign = AgentCampaign.builder().appId("Jgd8oFei").agentId(41).taskName("pushed-reports")
        .recording(true)
        .recall(RecallPlan.builder().type(RecallType.FAILED).intervalMinutes(30).attempts(1));
    for (int i = 0; i < CALLEES; i++) {
      campaign.addCallee(String.format("4632%08d", i));
    }
    return ((Reply.Ok<TaskId>) emulator.platform().launch(campaign.build().get())).value();
  }

  /** True when no batch waits for an attempt that platform time has already made due. */
  private boolean settled() {
    Instant now = emulator.now();
    return emulator.pushes().batches().forAll(batch -> batch.state() == PushState.DELIVERED
        || batch.state() == PushState.GIVEN_UP
        || batch.state() == PushState.RETRYING && batch.nextAttempt().exists(next -> next.isAfter(now)));
  }

  /** Moves platform time on half an hour at a time, letting each step's pushes settle, until the flow ended and every batch is delivered. */
  private RecallFlow runUntilDelivered(TaskId parent) {
    for (int step = 0; step < 48; step++) {
      emulator.advance(Duration.ofMinutes(30));
      Receiver.await(this::settled, () -> "pushes did not settle: " + emulator.pushes().batches());
      RecallFlow flow = emulator.platform().flowOfTask(parent).get();
      boolean delivered = emulator.pushes().batches().forAll(batch -> batch.state() == PushState.DELIVERED);
      if (flow.status().isTerminal() && delivered && emulator.platform().nextEventTime().isEmpty()) {
        return flow;
      }
    }
    throw new AssertionError("not every batch was delivered within a day: " + emulator.pushes().batches());
  }

  private Seq<CallRecord> calls(TaskId task) {
    return emulator.platform().callRecords(task).get();
  }

  @Test
  @DisplayName("a receiver whose handler fails twice: the failed batches come again 30 minutes later and every call is handed exactly once")
  void everyCallHandedOnceDespiteRefusals() {
    emulator.pushes().target("url", receiver(2)).get();
    TaskId parent = launch();

    RecallFlow flow = runUntilDelivered(parent);

    TaskId child = flow.nodes().head().childTask().get();
    Seq<CallReport> received = List.ofAll(handed);
    assertThat(received.map(CallReport::voiceId).distinct()).as("each voiceId handed once").hasSize(received.size());
    assertThat(received.map(r -> r.callee().get()))
        .containsExactlyInAnyOrderElementsOf(calls(parent).appendAll(calls(child)).map(c -> c.number().digits()));
    Seq<PushedBatch> batches = emulator.pushes().batches();
    assertThat(batches.map(PushedBatch::records).sum().intValue()).isEqualTo(received.size());
    assertThat(batches.flatMap(PushedBatch::attempts).filter(a -> !a.outcome().accepted())).as("the two refusals")
        .hasSize(2);
    assertThat(batches.filter(b -> b.attempts().size() > 1))
        .allSatisfy(b -> assertThat(Duration.between(b.attempts().get(0).platformTime(), b.attempts().get(1).platformTime()))
            .isGreaterThanOrEqualTo(PushDeliveries.RETRY_INTERVAL));
    assertThat(batches.map(PushedBatch::id)).allMatch(id -> id.matches("\\d+#\\d+"));
  }

  @Test
  @DisplayName("the pushed reports add up to the tasks' counters, attempt by attempt")
  void reportsMatchTheTasks() {
    emulator.pushes().target("url", receiver(0)).get();
    TaskId parent = launch();

    RecallFlow flow = runUntilDelivered(parent);

    GroupCallTask launched = emulator.platform().task(parent).get();
    GroupCallTask recalled = emulator.platform().task(flow.nodes().head().childTask().get()).get();
    CallReportSummary summary = CallReportSummary.of(handed, RecallAttempts.simulator());
    assertThat(summary.attempt(0).calls()).isEqualTo(launched.called());
    assertThat(summary.attempt(0).answered()).isEqualTo(launched.success());
    assertThat(summary.attempt(1).calls()).isEqualTo(recalled.called()).isEqualTo(launched.fail());
    assertThat(summary.attempt(1).answered()).isEqualTo(recalled.success());
    assertThat(summary.withoutAttempt().calls()).isZero();
    assertThat(handed).allSatisfy(report -> {
      assertThat(report.submitTime().get()).isBeforeOrEqualTo(report.callTime().get());
      assertThat(report.callTime().get()).isBeforeOrEqualTo(report.hangupTime().get());
    });
    assertThat(handed.stream().filter(CallReport::answered)).allSatisfy(report ->
        assertThat(report.recordingFileId()).as("recording is on").isNotEmpty());
  }

  @Test
  @DisplayName("batches released while no target is set are pushed once one is")
  void heldUntilATargetIsSet() {
    TaskId parent = launch();
    emulator.advance(Duration.ofHours(1));
    assertThat(emulator.pushes().batches()).isEmpty();

    emulator.pushes().target("url", receiver(0)).get();
    runUntilDelivered(parent);

    assertThat(handed.stream().filter(r -> r.extraField(RecallAttempts.SIMULATOR_FIELD).contains("0")))
        .hasSize(calls(parent).size());
  }

  @Test
  @DisplayName("with scaled time the reports are pushed as platform time passes, with no request and no advance")
  void scaledTimePushesByItself() {
    emulator.close();
    emulator = EmulatorFixtures.start(EmulatorFixtures.config().timeScale(600).build());
    emulator.pushes().target("url", receiver(0)).get();
    TaskId parent = launch();

    Receiver.await(() -> handed.stream().filter(r -> r.extraField(RecallAttempts.SIMULATOR_FIELD).contains("0")).count() == CALLEES,
        () -> "got " + handed.size() + " reports by platform time " + emulator.pushes().batches());

    assertThat(handed.stream().filter(r -> r.extraField(RecallAttempts.SIMULATOR_FIELD).contains("0")).map(r -> r.callee().get()))
        .containsExactlyInAnyOrderElementsOf(calls(parent).map(c -> c.number().digits()));
  }
}
