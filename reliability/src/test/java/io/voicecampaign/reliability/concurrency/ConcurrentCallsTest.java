package io.voicecampaign.reliability.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.fake.FakeVoiceCampaigns;
import io.voicecampaign.adapter.fake.clock.VirtualClock;
import io.voicecampaign.adapter.fake.fault.Operation;
import io.voicecampaign.adapter.fake.platform.PlatformOptions;
import io.voicecampaign.adapter.fake.platform.SimulatedPlatform;
import io.voicecampaign.adapter.http.HttpVoiceCampaigns;
import io.voicecampaign.application.VoiceCampaigns;
import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.recall.ListRecallFlowsCommand;
import io.voicecampaign.application.port.in.task.ListTasksCommand;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowQuery;
import io.voicecampaign.domain.recall.RecallStatus;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskStatus;
import io.voicecampaign.domain.task.TaskQuery;
import io.voicecampaign.emulator.Emulator;
import io.voicecampaign.emulator.EmulatorConfig;
import io.voicecampaign.reliability.support.ReliabilityFixtures;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("16 threads x 1,000 mixed calls: no task lost or made twice, unique ids, every count adds up")
class ConcurrentCallsTest {

  static final int THREADS = 16;
  static final int CALLS = THREADS * MixedCalls.CYCLES * MixedCalls.CALLS_PER_CYCLE;
  static final int TASKS = THREADS * MixedCalls.CYCLES * 2;
  static final int FLOWS = THREADS * MixedCalls.CYCLES;

  private static final TimeRange RANGE = ReliabilityFixtures.aroundStart();

  @Test
  @DisplayName("against the simulator in process")
  void inProcess() throws InterruptedException {
    FakeVoiceCampaigns fake = FakeVoiceCampaigns.create(7, VirtualClock.at(ReliabilityFixtures.START), PlatformOptions.defaults());

    MixedCalls.Ledger ledger = runThreads(fake, "in process");

    assertAllAddsUp(fake, ledger, fake.platform());
  }

  @Test
  @DisplayName("against the HTTP adapter talking to the emulator on loopback")
  void overHttp() throws InterruptedException, IOException {
    Map<String, AtomicLong> served = new ConcurrentHashMap<>();
    EmulatorConfig config = EmulatorConfig.builder().port(0).timeScale(0).start(ReliabilityFixtures.START).threads(THREADS)
        .apiKey(ReliabilityFixtures.API_KEY).apiSecret(ReliabilityFixtures.API_SECRET).appId(ReliabilityFixtures.APP_ID)
        .requestLog(line -> served.computeIfAbsent(line.substring(0, line.indexOf(" (")), k -> new AtomicLong()).incrementAndGet())
        .build();
    try (Emulator emulator = Emulator.start(config)) {
      OkHttpClient client = new OkHttpClient.Builder().connectionPool(new ConnectionPool(THREADS, 1, TimeUnit.MINUTES)).build();
      VoiceCampaigns sdk = HttpVoiceCampaigns.create(ReliabilityFixtures.config(emulator.baseUrl().toString()).okHttpClient(client)
          .readTimeout(Duration.ofSeconds(10)).callTimeout(Duration.ofSeconds(20)).createReadTimeout(Duration.ofSeconds(10)).build(),
          Clock.systemUTC());

      MixedCalls.Ledger ledger = runThreads(sdk, "over HTTP");

      assertAllAddsUp(sdk, ledger, emulator.platform());
      SimulatedPlatform platform = emulator.platform();
      Map<String, Long> lines = new TreeMap<>();
      served.forEach((line, count) -> lines.put(line, count.get()));
      System.out.println("concurrency over HTTP, emulator answers: " + lines);
      assertThat(lines).as("every request answered with success").allSatisfy((line, count) -> assertThat(line).contains("-> SUCCESS"));
      assertThat(served(lines, "/send/agent")).as("creates received").isEqualTo(platform.requestCount(Operation.LAUNCH)).isEqualTo(TASKS);
      assertThat(served(lines, "/call/cancel")).isEqualTo(platform.requestCount(Operation.CANCEL_TASKS));
      assertThat(served(lines, "/recallFlow/update")).isEqualTo(platform.requestCount(Operation.EDIT_FLOW));
      assertThat(served(lines, "/recallFlow/cancel")).isEqualTo(platform.requestCount(Operation.CANCEL_FLOW));
      assertThat(served(lines, "/call/query")).isEqualTo(platform.requestCount(Operation.QUERY_TASKS));
      assertThat(served(lines, "/queryPage")).isEqualTo(platform.requestCount(Operation.QUERY_FLOWS));
      assertThat(served(lines, "/queryDetail")).isEqualTo(platform.requestCount(Operation.FLOW_DETAIL));
      client.connectionPool().evictAll();
    }
  }

  private static long served(Map<String, Long> lines, String pathEnd) {
    return lines.entrySet().stream().filter(e -> e.getKey().contains(pathEnd + " ")).mapToLong(Map.Entry::getValue).sum();
  }

  private static MixedCalls.Ledger runThreads(VoiceCampaigns sdk, String where) throws InterruptedException {
    MixedCalls.Ledger ledger = new MixedCalls.Ledger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    long began = System.nanoTime();
    try {
      for (int thread = 0; thread < THREADS; thread++) {
        MixedCalls calls = new MixedCalls(sdk, RANGE, ledger, thread);
        pool.execute(() -> {
          try {
            start.await();
            calls.run();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (RuntimeException | Error e) {
            ledger.problems.add("a thread died: " + e);
          }
        });
      }
      start.countDown();
      pool.shutdown();
      assertThat(pool.awaitTermination(3, TimeUnit.MINUTES)).as("all threads done").isTrue();
    } finally {
      pool.shutdownNow();
    }
    Map<String, Long> byCall = new TreeMap<>();
    ledger.byCall.forEach((call, count) -> byCall.put(call, count.get()));
    System.out.printf("concurrency %s: %d threads, %,d calls %s, %,d successes, failures %s, %,d tasks launched, %.1f s%n",
        where, THREADS, ledger.calls.get(), byCall, ledger.successes.get(), ledger.failures, ledger.launched.size(),
        (System.nanoTime() - began) / 1e9);
    return ledger;
  }

  private static void assertAllAddsUp(VoiceCampaigns sdk, MixedCalls.Ledger ledger, SimulatedPlatform platform) {
    assertThat(ledger.problems).as("problems seen by the threads").isEmpty();
    assertThat(ledger.duplicates).as("ids handed out twice").isEmpty();
    assertThat(ledger.calls.get()).as("calls made").isEqualTo(CALLS);
    assertThat(ledger.successes.get()).as("calls that succeeded").isEqualTo(CALLS);
    assertThat(ledger.launched).as("distinct task ids launched").hasSize(TASKS);

    Seq<GroupCallTask> tasks = all(sdk.listTasks().all(new ListTasksCommand(TaskQuery.within(RANGE, 100))));
    assertThat(tasks).as("tasks the platform lists").hasSize(TASKS);
    assertThat(tasks.map(GroupCallTask::id).distinct()).as("distinct ids listed").hasSize(TASKS);
    assertThat(tasks.map(GroupCallTask::id).toJavaSet()).isEqualTo(ledger.launched.keySet());
    assertThat(tasks).allSatisfy(task -> {
      assertThat(task.name()).isEqualTo(ledger.launched.get(task.id()));
      assertThat(task.status()).isEqualTo(task.name().endsWith("-b") ? TaskStatus.CANCELLED : TaskStatus.WAITING_TO_SUBMIT);
    });

    Seq<RecallFlow> flows = all(sdk.listRecallFlows().all(new ListRecallFlowsCommand(RecallFlowQuery.within(RANGE, 100))));
    assertThat(flows).as("flows the platform lists").hasSize(FLOWS);
    assertThat(flows.map(RecallFlow::id).distinct()).hasSize(FLOWS);
    assertThat(flows.map(flow -> flow.parentTask().get()).distinct()).as("one flow per task with a plan").hasSize(FLOWS);
    assertThat(flows).allSatisfy(flow -> {
      String parent = ledger.launched.get(flow.parentTask().get());
      int cycle = Integer.parseInt(parent.substring(5, 8));
      assertThat(parent).endsWith("-a");
      assertThat(flow.status()).isEqualTo(RecallStatus.CANCELLED);
      assertThat(flow.intervalMinutes()).isEqualTo(MixedCalls.editedInterval(cycle));
      assertThat(flow.attempts()).isEqualTo(3);
    });

    assertThat(platform.requestCount(Operation.LAUNCH)).as("creates the platform received: each sent once").isEqualTo(TASKS);
    assertThat(platform.requestCount(Operation.CANCEL_TASKS)).as("task cancels received").isEqualTo(FLOWS);
    assertThat(platform.requestCount(Operation.EDIT_FLOW)).as("flow edits received").isEqualTo(FLOWS);
    assertThat(platform.requestCount(Operation.CANCEL_FLOW)).as("flow cancels received").isEqualTo(FLOWS);
  }

  private static <T> Seq<T> all(Stream<Either<Failure, T>> stream) {
    Seq<Either<Failure, T>> read = List.ofAll(stream);
    assertThat(read.filter(Either::isLeft)).as("failures while listing").isEmpty();
    return read.map(Either::get);
  }
}
