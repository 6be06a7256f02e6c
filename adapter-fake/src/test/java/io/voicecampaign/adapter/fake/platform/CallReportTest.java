package io.voicecampaign.adapter.fake.platform;

import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.allTasks;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.campaign;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.clock;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.launch;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.ok;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.fake.outcome.CallResult;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.report.CallReport;
import io.voicecampaign.domain.report.CallReportType;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskStatus;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The simulator's call reports")
class CallReportTest {

  private static SimulatedPlatform platform(PlatformOptions options) {
    return SimulatedPlatform.create(PlatformFixtures.SEED, clock(), options);
  }

  /** Two campaigns with recalls of the failed calls, one cancelled while calling, run to the end. */
  private static SimulatedPlatform ranToTheEnd(PlatformOptions options) {
    SimulatedPlatform platform = platform(options);
    launch(platform, campaign("reports-a", 300).recall(plan(RecallType.FAILED, 30, 2)).maxRingingSeconds(40));
    TaskId cancelled = launch(platform, campaign("reports-b", 500).maxCallDurationSeconds(90).displayNumber("85230001234"));
    platform.advance(Duration.ofMinutes(4));
    ok(platform.cancelTasks(List.of(cancelled)));
    platform.advanceUntilIdle();
    return platform;
  }

  private static Seq<GroupCallTask> tasks(SimulatedPlatform platform) {
    return ok(platform.queryTasks(allTasks())).records();
  }

  private static Seq<CallReport> reports(Seq<CallReportBatch> batches) {
    return batches.flatMap(CallReportBatch::reports);
  }

  private static String extra(CallReport report, String name) {
    return report.extraField(name).getOrElseThrow(() -> new AssertionError(name + " missing in " + report));
  }

  @Test
  @DisplayName("report every call exactly once, for the launched task and each recall attempt, matching the task's counters")
  void everyCallOnce() {
    SimulatedPlatform platform = ranToTheEnd(PlatformOptions.defaults());
    Seq<CallReport> reports = reports(platform.drainCallReports());
    Seq<GroupCallTask> tasks = tasks(platform);

    assertThat(tasks).hasSize(4);
    assertThat(tasks.filter(t -> t.status().equals(TaskStatus.CANCELLED))).hasSize(1);
    assertThat(reports.map(CallReport::voiceId).distinct()).hasSize(reports.size());
    assertThat(reports.size()).isEqualTo((int) tasks.map(GroupCallTask::called).sum().longValue());
    for (GroupCallTask task : tasks) {
      Seq<CallReport> own = reports.filter(r -> extra(r, "simTaskId").equals(Long.toString(task.id().value())));
      Seq<CallRecord> calls = platform.callRecords(task.id()).get();
      String attempt = task.name().contains("-recall-") ? task.name().substring(task.name().lastIndexOf('-') + 1) : "0";
      assertThat(own).as("reports of %s", task.name()).hasSize((int) task.called()).hasSize(calls.size());
      assertThat(own.count(CallReport::answered)).as("answered in %s", task.name()).isEqualTo((int) task.success());
      assertThat(own.map(r -> r.callee().get())).containsExactlyInAnyOrderElementsOf(calls.map(c -> c.number().digits()));
      assertThat(own).allSatisfy(r -> assertThat(extra(r, "simRecallAttempt")).isEqualTo(attempt));
      Map<String, CallRecord> byNumber = new HashMap<>();
      calls.forEach(c -> byNumber.put(c.number().digits(), c));
      assertThat(own).allSatisfy(r -> {
        CallRecord call = byNumber.get(r.callee().get());
        assertThat(extra(r, "simCallResult")).isEqualTo(call.outcome().result().name());
        assertThat(r.extraField("simIntent")).isEqualTo(call.outcome().intent().map(code -> code.value()));
        assertThat(r.answered()).isEqualTo(call.outcome().isSuccess());
      });
    }
    assertThat(platform.drainCallReports()).as("drained already").isEmpty();
  }

  @Test
  @DisplayName("fill every record consistently with its call: ordered times within the campaign's limits, type 1, display number, recording")
  void timesAndFields() {
    SimulatedPlatform platform = ranToTheEnd(PlatformOptions.defaults());
    Seq<CallReportBatch> batches = platform.drainCallReports();

    assertThat(batches).isNotEmpty();
    for (CallReportBatch batch : batches) {
      for (CallReport r : batch.reports()) {
        boolean inB = extra(r, "simTaskId").equals(Long.toString(PlatformState.FIRST_TASK_ID + 1));
        CallResult result = CallResult.valueOf(extra(r, "simCallResult"));
        Instant submit = r.submitTime().get();
        Instant call = r.callTime().get();
        Instant hangup = r.hangupTime().get();
        assertThat(r.type()).contains(CallReportType.AI_AGENT_GROUP_CALL);
        assertThat(submit).isAfterOrEqualTo(PlatformFixtures.START);
        assertThat(call).isAfterOrEqualTo(submit);
        assertThat(hangup).isAfter(call).isBeforeOrEqualTo(batch.releasedAt());
        assertThat(r.displayNumber().get()).matches("\\d{6,20}");
        if (inB) {
          assertThat(r.displayNumber()).contains("85230001234");
        }
        int maxRinging = inB ? 60 : 40;
        switch (result) {
          case FAILED:
            assertThat(r.ringingTime()).isEmpty();
            assertThat(r.answerTime()).isEmpty();
            assertThat(r.ringDuration()).contains(0L);
            break;
          case NO_ANSWER:
            assertThat(r.ringingTime().get()).isAfterOrEqualTo(call);
            assertThat(r.answerTime()).isEmpty();
            assertThat(r.ringDuration()).contains((long) maxRinging);
            assertThat(Duration.between(r.ringingTime().get(), hangup)).isEqualTo(Duration.ofSeconds(maxRinging));
            break;
          default:
            Instant ringing = r.ringingTime().get();
            Instant answer = r.answerTime().get();
            assertThat(ringing).isAfterOrEqualTo(call);
            assertThat(answer).isAfter(ringing).isBefore(hangup);
            assertThat(r.ringDuration().get()).isBetween(1L, (long) maxRinging).isEqualTo(Duration.between(ringing, answer).toSeconds());
            assertThat(Duration.between(answer, hangup).toSeconds()).isBetween(1L, inB ? 90L : 300L);
            assertThat(r.recordingFileId().isDefined()).as("recorded").isTrue();
        }
        if (!r.answered()) {
          assertThat(r.recordingFileId()).isEmpty();
        }
        assertThat(r.operatorCode().get()).isNotBlank();
      }
    }
  }

  @Test
  @DisplayName("charge talk time rounded up to the increments, with fees exactly charged seconds x rate; no local amounts in USD")
  void feesInUsd() {
    Seq<CallReport> reports = reports(ranToTheEnd(PlatformOptions.defaults()).drainCallReports());

    assertThat(reports.filter(CallReport::answered)).isNotEmpty();
    assertThat(reports).allSatisfy(r -> {
      long talk = r.answered() ? Duration.between(r.answerTime().get(), r.hangupTime().get()).toSeconds() : 0;
      long charged = talk == 0 ? 0 : (talk + 59) / 60 * 60;
      assertThat(r.billPeriod()).contains("60+60");
      assertThat(r.aiAgentBillPeriod()).contains("60+60");
      assertThat(r.chargedDurationSeconds()).contains(charged);
      assertThat(r.aiAgentChargedDurationSeconds()).contains(charged);
      assertThat(r.rate()).contains(new BigDecimal("0.0002"));
      assertThat(r.cost()).contains(new BigDecimal("0.0002").multiply(BigDecimal.valueOf(charged)));
      assertThat(r.aiAgentQuoteRate()).contains(new BigDecimal("0.0005"));
      assertThat(r.aiAgentQuoteFee()).contains(new BigDecimal("0.0005").multiply(BigDecimal.valueOf(charged)));
      assertThat(r.aiAgentRate()).isEqualTo(r.aiAgentQuoteRate());
      assertThat(r.aiAgentFee()).isEqualTo(r.aiAgentQuoteFee());
      assertThat(r.currency()).isEmpty();
      assertThat(r.quoteExchange()).isEmpty();
      assertThat(r.settleRate()).isEmpty();
      assertThat(r.settlePay()).isEmpty();
    });
  }

  @Test
  @DisplayName("with another quote currency: local currency, exchange and settle amounts, each exactly a product")
  void feesInAnotherCurrency() {
    PriceList prices = PriceList.defaults().withCurrencies("CNY", "EUR", new BigDecimal("0.13"))
        .withCallRate(PriceList.BillPeriod.of(20, 20), new BigDecimal("0.003"))
        .withAgentRate(PriceList.BillPeriod.of(60, 30), new BigDecimal("0.01"));
    Seq<CallReport> reports = reports(ranToTheEnd(PlatformOptions.defaults().withPriceList(prices)).drainCallReports());

    assertThat(reports).allSatisfy(r -> {
      long talk = r.answered() ? Duration.between(r.answerTime().get(), r.hangupTime().get()).toSeconds() : 0;
      long charged = talk == 0 ? 0 : (talk + 19) / 20 * 20;
      long agentCharged = talk == 0 ? 0 : 60 + (Math.max(0, talk - 60) + 29) / 30 * 30;
      assertThat(r.billPeriod()).contains("20+20");
      assertThat(r.aiAgentBillPeriod()).contains("60+30");
      assertThat(r.chargedDurationSeconds()).contains(charged);
      assertThat(r.aiAgentChargedDurationSeconds()).contains(agentCharged);
      assertThat(r.cost()).contains(new BigDecimal("0.003").multiply(BigDecimal.valueOf(charged)));
      assertThat(r.currency()).contains("EUR");
      assertThat(r.quoteExchange()).contains(new BigDecimal("0.13"));
      assertThat(r.settleRate()).contains(new BigDecimal("0.00039"));
      assertThat(r.settlePay()).contains(new BigDecimal("0.00039").multiply(BigDecimal.valueOf(charged)));
      assertThat(r.aiAgentRate()).contains(new BigDecimal("0.0013"));
      assertThat(r.aiAgentFee()).contains(new BigDecimal("0.0013").multiply(BigDecimal.valueOf(agentCharged)));
      assertThat(r.aiAgentQuoteFee()).contains(new BigDecimal("0.01").multiply(BigDecimal.valueOf(agentCharged)));
    });
  }

  @Test
  @DisplayName("release a task's reports in batches of at most the batch size, an interval apart while it calls, numbered from 1")
  void batchSizeAndInterval() {
    PlatformOptions options = PlatformOptions.defaults().withReportBatchSize(7).withReportBatchInterval(Duration.ofMinutes(3));
    SimulatedPlatform platform = ranToTheEnd(options);
    Seq<CallReportBatch> batches = platform.drainCallReports();

    assertThat(batches).allSatisfy(b -> assertThat(b.reports().size()).isBetween(1, 7));
    for (TaskId task : batches.map(CallReportBatch::taskId).distinct()) {
      Seq<CallReportBatch> own = batches.filter(b -> b.taskId().equals(task));
      assertThat(own.map(CallReportBatch::sequence)).containsExactlyElementsOf(List.rangeClosed(1L, (long) own.size()));
      Seq<Instant> releases = own.map(CallReportBatch::releasedAt).distinct();
      assertThat(releases.asJava()).isSorted();
      // every release but the last (the one after the last hang-up) comes a whole number of intervals after the one before
      for (int i = 1; i < releases.size() - 1; i++) {
        long apart = Duration.between(releases.get(i - 1), releases.get(i)).toMillis();
        assertThat(apart % Duration.ofMinutes(3).toMillis()).as("release %d of %s", i, task).isZero();
        assertThat(apart).isPositive();
      }
      // batches released together are filled up to the size before the next one starts
      for (Instant release : releases) {
        Seq<CallReportBatch> together = own.filter(b -> b.releasedAt().equals(release));
        assertThat(together.init()).allSatisfy(b -> assertThat(b.reports()).hasSize(7));
      }
      // a report is released in the first release at or after its hang-up
      for (int i = 1; i < releases.size(); i++) {
        Instant before = releases.get(i - 1);
        Instant release = releases.get(i);
        assertThat(reports(own.filter(b -> b.releasedAt().equals(release))))
            .allSatisfy(r -> assertThat(r.hangupTime().get()).isAfter(before));
      }
    }
  }

  @Test
  @DisplayName("release a call's report only once its hang-up time has come, as virtual time passes")
  void releasedAsTimePasses() {
    SimulatedPlatform platform = platform(PlatformOptions.defaults());
    launch(platform, campaign("reports-time", 120));

    platform.advance(Duration.ofSeconds(30));
    assertThat(platform.drainCallReports()).as("nothing called yet").isEmpty();
    platform.advance(Duration.ofSeconds(29));
    assertThat(platform.drainCallReports()).as("calls made and some ended, but the first release is on the next whole minute")
        .isEmpty();
    platform.advance(Duration.ofSeconds(1));
    Seq<CallReportBatch> released = platform.drainCallReports();
    assertThat(released.map(CallReportBatch::releasedAt)).containsOnly(PlatformFixtures.START.plusSeconds(60));
    assertThat(released).isNotEmpty();
    assertThat(reports(released)).allSatisfy(r -> assertThat(r.hangupTime().get()).isBeforeOrEqualTo(platform.now()));
    assertThat(reports(released).size()).isLessThan(120);

    platform.advanceUntilIdle();
    assertThat(reports(released).size() + reports(platform.drainCallReports()).size()).isEqualTo(120);
  }

  @Test
  @DisplayName("are the same for the same seed and calls, and others for another seed")
  void determinism() {
    Seq<CallReportBatch> once = ranToTheEnd(PlatformOptions.defaults()).drainCallReports();
    Seq<CallReportBatch> again = ranToTheEnd(PlatformOptions.defaults()).drainCallReports();
    SimulatedPlatform other = SimulatedPlatform.create(PlatformFixtures.SEED + 1, clock(), PlatformOptions.defaults());
    launch(other, campaign("reports-a", 300).recall(plan(RecallType.FAILED, 30, 2)).maxRingingSeconds(40));
    other.advanceUntilIdle();

    assertThat(again).isEqualTo(once);
    Set<String> ids = new HashSet<>(reports(once).map(CallReport::voiceId).asJava());
    assertThat(reports(other.drainCallReports()).map(CallReport::voiceId)).noneMatch(ids::contains);
  }

  @Test
  @DisplayName("do not depend on how often anyone drains or looks")
  void observationFree() {
    Seq<CallReportBatch> atTheEnd = ranToTheEnd(PlatformOptions.defaults()).drainCallReports();
    SimulatedPlatform watched = platform(PlatformOptions.defaults());
    launch(watched, campaign("reports-a", 300).recall(plan(RecallType.FAILED, 30, 2)).maxRingingSeconds(40));
    TaskId cancelled = launch(watched, campaign("reports-b", 500).maxCallDurationSeconds(90).displayNumber("85230001234"));
    java.util.List<CallReportBatch> collected = new ArrayList<>();
    for (int second = 0; second < 240; second += 7) {
      watched.advanceTo(PlatformFixtures.START.plusSeconds(second));
      watched.queryTasks(allTasks());
      collected.addAll(watched.drainCallReports().asJava());
    }
    watched.advanceTo(PlatformFixtures.START.plus(Duration.ofMinutes(4)));
    ok(watched.cancelTasks(List.of(cancelled)));
    watched.advanceUntilIdle();
    collected.addAll(watched.drainCallReports().asJava());

    assertThat(collected).containsExactlyElementsOf(atTheEnd);
  }

  @Test
  @DisplayName("hand subscribers every batch in order, outside the platform's lock, and the same batches stay drainable")
  void subscribers() throws Exception {
    SimulatedPlatform platform = platform(PlatformOptions.defaults());
    java.util.List<CallReportBatch> heard = new ArrayList<>();
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      platform.onCallReports(batch -> {
        // another thread gets into the platform while the subscriber runs: the lock is not held
        try {
          other.submit(platform::unfinishedTaskCount).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new IllegalStateException("the platform was locked during a delivery", e);
        }
        heard.add(batch);
      });
      launch(platform, campaign("reports-heard", 250).recall(plan(RecallType.ALL, 10, 1)));
      platform.advanceUntilIdle();
    } finally {
      other.shutdownNow();
    }

    Seq<CallReportBatch> drained = platform.drainCallReports();
    assertThat(heard).hasSize(drained.size()).containsExactlyElementsOf(drained);
    assertThat(reports(drained)).hasSize(500);
  }

  @Test
  @DisplayName("hand a late subscriber the batches no drain took, then every later one, as a drain would")
  void lateSubscriber() {
    Seq<CallReportBatch> all = ranToTheEnd(PlatformOptions.defaults()).drainCallReports();
    SimulatedPlatform platform = platform(PlatformOptions.defaults());
    launch(platform, campaign("reports-a", 300).recall(plan(RecallType.FAILED, 30, 2)).maxRingingSeconds(40));
    TaskId cancelled = launch(platform, campaign("reports-b", 500).maxCallDurationSeconds(90).displayNumber("85230001234"));
    platform.advance(Duration.ofMinutes(2));
    Seq<CallReportBatch> drainedEarly = platform.drainCallReports();
    platform.advance(Duration.ofMinutes(1));
    java.util.List<CallReportBatch> heard = new ArrayList<>();
    platform.onCallReports(heard::add);
    platform.advance(Duration.ofMinutes(1));
    ok(platform.cancelTasks(List.of(cancelled)));
    platform.advanceUntilIdle();

    assertThat(drainedEarly).isNotEmpty();
    assertThat(List.ofAll(drainedEarly).appendAll(heard)).containsExactlyElementsOf(all);
    assertThat(platform.drainCallReports()).containsExactlyElementsOf(heard);
  }

  @Test
  @DisplayName("carry on when a subscriber throws: the platform runs on, later subscribers get every batch, all stay drainable")
  void throwingSubscriber() {
    SimulatedPlatform platform = platform(PlatformOptions.defaults());
    java.util.List<CallReportBatch> heard = new ArrayList<>();
    platform.onCallReports(batch -> {
      throw new IllegalStateException("subscriber down");
    });
    platform.onCallReports(heard::add);
    TaskId task = launch(platform, campaign("reports-thrown", 200));

    platform.advanceUntilIdle();

    assertThat(platform.task(task).get().status()).isEqualTo(TaskStatus.FINISHED);
    Seq<CallReportBatch> drained = platform.drainCallReports();
    assertThat(reports(drained)).hasSize(200);
    assertThat(heard).containsExactlyElementsOf(drained);
  }

  @Test
  @DisplayName("keep no report objects for a 200,000-callee task before it is drained")
  void lazyForLargeTasks() {
    SimulatedPlatform platform = platform(PlatformOptions.defaults().withCallsPerMinute(20_000));
    AgentCampaign.Builder large = AgentCampaign.builder().appId("Jgd8oFei").agentId(41).taskName("reports-large")
        .expectCallees(200_000);
    for (long i = 0; i < 200_000; i++) {
      large.addCallee(Long.toString(463_200_000_000L + i));
    }
    long[] heard = new long[2];
    platform.onCallReports(batch -> {
      heard[0] += batch.reports().size();
      heard[1] += batch.reports().count(CallReport::answered);
    });
    TaskId task = launch(platform, large);
    long launched = usedHeap();

    platform.advanceUntilIdle();
    long ran = usedHeap();

    assertThat(heard[0]).isEqualTo(200_000);
    assertThat(heard[1]).isEqualTo(platform.task(task).get().success());
    // 200,000 reports take over 250 MB; the batches released and not drained hold an int per call
    assertThat(ran - launched).as("heap the run added, with 200,000 calls reported and not drained").isLessThan(40L << 20);
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
