package io.voicecampaign.application.service.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.voicecampaign.application.port.in.report.CallReportHandler;
import io.voicecampaign.application.port.in.report.ReceiveCallReportsCommand;
import io.voicecampaign.application.port.in.report.ReportAnswer;
import io.voicecampaign.application.port.out.ReportClaim;
import io.voicecampaign.application.port.out.ReportLedger;
import io.voicecampaign.application.port.out.ReportParseFailure;
import io.voicecampaign.domain.report.CallReport;
import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Receiving call reports")
class ReceiveCallReportsServiceTest {

  private final InMemoryReportLedger ledger = InMemoryReportLedger.create();
  private final ReceiveCallReportsService service = new ReceiveCallReportsService(new LineDecoder(), ledger);

  /** A handler that records every batch it accepts. */
  private static final class Recorder implements CallReportHandler {
    final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void handle(Seq<CallReport> reports) {
      batches.add(reports.map(CallReport::voiceId).toJavaList());
    }

    List<String> all() {
      return batches.stream().flatMap(List::stream).toList();
    }
  }

  private ReportAnswer deliver(CallReportHandler handler, String... ids) {
    return service.receive(ReceiveCallReportsCommand.of(LineDecoder.body(ids), handler));
  }

  @Test
  @DisplayName("hands new reports to the handler in the order sent and answers 200 with the counts")
  void newReports() {
    Recorder handler = new Recorder();

    ReportAnswer answer = deliver(handler, "V1", "V2", "V3");

    assertThat(answer).isEqualTo(new ReportAnswer.Accepted(3, 0));
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.accepted()).isTrue();
    assertThat(answer.reason()).isEqualTo("accepted 3 new reports, 0 duplicates");
    assertThat(handler.batches).containsExactly(List.of("V1", "V2", "V3"));
  }

  @Test
  @DisplayName("a report repeated within one batch is handed once, the repeats counted as duplicates")
  void duplicatesWithinABatch() {
    Recorder handler = new Recorder();

    ReportAnswer answer = deliver(handler, "V1", "V2", "V1", "V3", "V2", "V1");

    assertThat(answer).isEqualTo(new ReportAnswer.Accepted(3, 3));
    assertThat(handler.batches).containsExactly(List.of("V1", "V2", "V3"));
  }

  @Test
  @DisplayName("a batch delivered again is answered 200 as duplicates without calling the handler")
  void duplicatesAcrossBatches() {
    deliver(new Recorder(), "V1", "V2");
    CallReportHandler handler = mock(CallReportHandler.class);

    ReportAnswer again = deliver(handler, "V1", "V2");

    assertThat(again).isEqualTo(new ReportAnswer.Accepted(0, 2));
    assertThat(again.status()).isEqualTo(200);
    try {
      verify(handler, never()).handle(any());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  @DisplayName("batches that overlap in any order hand only the reports not seen before")
  void reorderedBatches() {
    Recorder handler = new Recorder();

    deliver(handler, "V1", "V2", "V3");
    ReportAnswer second = deliver(handler, "V3", "V4", "V1", "V2", "V5");
    ReportAnswer third = deliver(handler, "V5", "V4", "V3", "V2", "V1");

    assertThat(second).isEqualTo(new ReportAnswer.Accepted(2, 3));
    assertThat(third).isEqualTo(new ReportAnswer.Accepted(0, 5));
    assertThat(handler.batches).containsExactly(List.of("V1", "V2", "V3"), List.of("V4", "V5"));
  }

  @Test
  @DisplayName("a handler that fails twice and then accepts: 500, 500, 200, and each report accepted once overall")
  void handlerFailsTwiceThenAccepts() {
    AtomicInteger calls = new AtomicInteger();
    Recorder accepted = new Recorder();
    CallReportHandler flaky = reports -> {
      if (calls.incrementAndGet() <= 2) {
        throw new IOException("database down");
      }
      accepted.handle(reports);
    };

    ReportAnswer first = deliver(flaky, "V1", "V2", "V2");
    ReportAnswer second = deliver(flaky, "V1", "V2", "V2");
    ReportAnswer third = deliver(flaky, "V1", "V2", "V2");
    ReportAnswer fourth = deliver(flaky, "V1", "V2", "V2");

    assertThat(first).isInstanceOf(ReportAnswer.HandlerFailed.class);
    assertThat(first.status()).isEqualTo(500);
    assertThat(first.newRecords()).isEqualTo(2);
    assertThat(first.duplicates()).isEqualTo(1);
    assertThat(((ReportAnswer.HandlerFailed) first).cause()).hasMessage("database down");
    assertThat(first.reason()).isEqualTo("the handler refused 2 reports (java.io.IOException); deliver them again")
        .doesNotContain("database down");
    assertThat(second.status()).isEqualTo(500);
    assertThat(third).isEqualTo(new ReportAnswer.Accepted(2, 1));
    assertThat(fourth).isEqualTo(new ReportAnswer.Accepted(0, 3));
    assertThat(calls).hasValue(3);
    assertThat(accepted.all()).containsExactly("V1", "V2");
  }

  @Test
  @DisplayName("an Error from the handler is passed on once its reports are released, so they are handed again")
  void handlerError() {
    CallReportHandler dying = reports -> {
      throw new StackOverflowError("deep");
    };
    assertThatThrownBy(() -> deliver(dying, "V1")).isInstanceOf(StackOverflowError.class);

    Recorder handler = new Recorder();
    assertThat(deliver(handler, "V1")).isEqualTo(new ReportAnswer.Accepted(1, 0));
    assertThat(handler.all()).containsExactly("V1");
  }

  @Test
  @DisplayName("an interrupted handler refuses the batch and keeps the thread's interrupt flag")
  void interruptedHandler() {
    ReportAnswer answer = deliver(reports -> {
      throw new InterruptedException("stopping");
    }, "V1");

    assertThat(answer.status()).isEqualTo(500);
    assertThat(Thread.interrupted()).isTrue();
    assertThat(ledger.claim(HashSet.of("V1")).claimed()).containsExactly("V1");
  }

  @Test
  @DisplayName("an empty batch is answered 200 without calling the handler")
  void emptyBatch() throws Exception {
    CallReportHandler handler = mock(CallReportHandler.class);

    ReportAnswer answer = service.receive(ReceiveCallReportsCommand.of(new byte[] {'\n'}, handler));

    assertThat(answer).isEqualTo(new ReportAnswer.Accepted(0, 0));
    verify(handler, never()).handle(any());
  }

  @Test
  @DisplayName("a body the decoder refuses is answered 400 with its typed reason, the handler never called")
  void malformed() throws Exception {
    CallReportHandler handler = mock(CallReportHandler.class);

    ReportAnswer answer = service.receive(ReceiveCallReportsCommand.of("!<html>".getBytes(), handler));

    assertThat(answer).isEqualTo(new ReportAnswer.Malformed(new ReportParseFailure.MalformedJson("starts with !", "!<html>")));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.reason()).isEqualTo("the report body is not valid JSON: starts with ! [!<html>]");
    assertThat(answer.newRecords()).isZero();
    assertThat(answer.duplicates()).isZero();
    verify(handler, never()).handle(any());
  }

  @Test
  @DisplayName("a stream that fails is answered 400 Unreadable")
  void unreadable() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("connection reset");
      }
    };

    ReportAnswer answer = service.receive(ReceiveCallReportsCommand.of(failing, new Recorder()));

    assertThat(answer).isEqualTo(new ReportAnswer.Malformed(new ReportParseFailure.Unreadable("connection reset")));
  }

  @Test
  @DisplayName("a body over the decoder's limit is answered 413")
  void tooLarge() {
    ReportAnswer answer = service.receive(ReceiveCallReportsCommand.of(new byte[LineDecoder.LIMIT + 1], new Recorder()));

    assertThat(answer).isInstanceOf(ReportAnswer.TooLarge.class);
    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.reason()).isEqualTo("the report body is larger than 65536 bytes");
    assertThat(answer).isInstanceOf(ReportAnswer.NothingHanded.class);
    assertThat(answer.newRecords()).isZero();
    assertThat(answer.duplicates()).isZero();
  }

  @Test
  @DisplayName("a ledger that fails to claim is answered 503 and nothing is handed")
  void ledgerFails() throws Exception {
    ReportLedger broken = mock(ReportLedger.class);
    org.mockito.Mockito.when(broken.claim(any())).thenThrow(new IllegalStateException("pool exhausted"));
    CallReportHandler handler = mock(CallReportHandler.class);

    ReportAnswer answer = new ReceiveCallReportsService(new LineDecoder(), broken)
        .receive(ReceiveCallReportsCommand.of(LineDecoder.body("V1"), handler));

    assertThat(answer).isInstanceOf(ReportAnswer.LedgerFailed.class).isInstanceOf(ReportAnswer.NothingHanded.class);
    assertThat(answer.status()).isEqualTo(503);
    assertThat(answer.newRecords()).isZero();
    assertThat(answer.duplicates()).isZero();
    verify(handler, never()).handle(any());
  }

  @Test
  @DisplayName("a ledger that fails to commit leaves the answer 200: the handler has the reports")
  void commitFails() {
    ReportLedger failingCommit = new ReportLedger() {
      @Override
      public ReportClaim claim(Set<String> voiceIds) {
        return ReportClaim.allClaimed(voiceIds);
      }

      @Override
      public void commit(Set<String> voiceIds) {
        throw new IllegalStateException("disk full");
      }

      @Override
      public void release(Set<String> voiceIds) {
        throw new AssertionError("nothing to release");
      }
    };

    ReportAnswer answer = new ReceiveCallReportsService(new LineDecoder(), failingCommit)
        .receive(ReceiveCallReportsCommand.of(LineDecoder.body("V1"), new Recorder()));

    assertThat(answer).isEqualTo(new ReportAnswer.Accepted(1, 0));
  }

  @Test
  @DisplayName("reports another delivery holds are answered 503 in flight; this delivery hands and commits the rest")
  void inFlightElsewhere() {
    ledger.claim(HashSet.of("V2"));
    Recorder handler = new Recorder();

    ReportAnswer answer = deliver(handler, "V1", "V2", "V3");

    assertThat(answer).isEqualTo(new ReportAnswer.InFlight(2, 0, 1));
    assertThat(answer.status()).isEqualTo(503);
    assertThat(handler.all()).containsExactly("V1", "V3");
    ledger.release(HashSet.of("V2"));
    assertThat(deliver(handler, "V1", "V2", "V3")).isEqualTo(new ReportAnswer.Accepted(1, 2));
    assertThat(handler.all()).containsExactly("V1", "V3", "V2");
  }

  @Test
  @DisplayName("deliveries of one batch at once on many threads, then the platform's re-deliveries: each report accepted once")
  void concurrentDeliveries() throws Exception {
    int threads = 8;
    String[] ids = java.util.stream.IntStream.range(0, 200).mapToObj(i -> "V" + i).toArray(String[]::new);
    ConcurrentHashMap<String, AtomicInteger> handed = new ConcurrentHashMap<>();
    CallReportHandler slow = reports -> {
      reports.forEach(r -> handed.computeIfAbsent(r.voiceId(), k -> new AtomicInteger()).incrementAndGet());
      Thread.sleep(20);
    };
    for (int round = 0; round < 10; round++) {
      handed.clear();
      ReceiveCallReportsService fresh = new ReceiveCallReportsService(new LineDecoder(), InMemoryReportLedger.create());
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<ReportAnswer>> answers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          answers.add(pool.submit(() -> {
            start.await();
            ReportAnswer answer;
            // the platform delivers again whatever was not answered 200
            while (!(answer = fresh.receive(ReceiveCallReportsCommand.of(LineDecoder.body(ids), slow))).accepted()) {
              Thread.sleep(5);
            }
            return answer;
          }));
        }
        start.countDown();
        int newTotal = 0;
        for (Future<ReportAnswer> answer : answers) {
          newTotal += answer.get(30, TimeUnit.SECONDS).newRecords();
        }
        assertThat(handed).hasSize(ids.length);
        assertThat(handed.values()).allSatisfy(count -> assertThat(count).hasValue(1));
        assertThat(newTotal).isLessThanOrEqualTo(ids.length);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  @DisplayName("refuses a null command and a null body or handler, naming it")
  void nulls() {
    assertThatThrownBy(() -> service.receive(null)).hasMessage("command == null");
    assertThatThrownBy(() -> ReceiveCallReportsCommand.of((byte[]) null, new Recorder())).hasMessage("body == null");
    assertThatThrownBy(() -> ReceiveCallReportsCommand.of(new ByteArrayInputStream(new byte[0]), null)).hasMessage("handler == null");
  }
}
