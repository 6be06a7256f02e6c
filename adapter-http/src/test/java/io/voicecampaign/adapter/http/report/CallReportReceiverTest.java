package io.voicecampaign.adapter.http.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.voicecampaign.application.port.in.report.CallReportHandler;
import io.voicecampaign.application.port.in.report.ReceiveCallReportsUseCase;
import io.voicecampaign.application.service.report.InMemoryReportLedger;
import io.voicecampaign.application.service.report.ReceiveCallReportsService;
import io.voicecampaign.domain.report.CallReport;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("CallReportReceiver on the JDK's HTTP server, over loopback")
class CallReportReceiverTest {

  private static final int LIMIT = 4096;

  private final List<String> handed = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger refusals = new AtomicInteger();
  private final CallReportHandler handler = reports -> {
    if (refusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new IOException("database down");
    }
    reports.forEach(report -> handed.add(report.voiceId()));
  };
  private final ReceiveCallReportsUseCase useCase = new ReceiveCallReportsService(
      CallReportParser.builder().maxBodyBytes(LIMIT).build(), InMemoryReportLedger.create());

  private HttpServer server;
  private ExecutorService executor;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/voice/reports", CallReportReceiver.of(useCase, handler));
    server.createContext("/dying", CallReportReceiver.of(useCase, reports -> {
      throw new OutOfMemoryError("simulated");
    }));
    executor = Executors.newFixedThreadPool(2);
    server.setExecutor(executor);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  private HttpResponse<String> post(String path, byte[] body) throws Exception {
    return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String body) throws Exception {
    return post("/voice/reports", body.getBytes(StandardCharsets.UTF_8));
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Test
  @DisplayName("a batch is answered 200 with a line of text; the same batch again is 200 as duplicates, handed once")
  void acceptsOnce() throws Exception {
    HttpResponse<String> first = post(ReportBodies.batch(0, 3));
    HttpResponse<String> again = post(ReportBodies.batch(0, 3));

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).isEqualTo("accepted 3 new reports, 0 duplicates\n");
    assertThat(first.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEqualTo("accepted 0 new reports, 3 duplicates\n");
    assertThat(handed).containsExactly("V0", "V1", "V2");
  }

  @Test
  @DisplayName("a handler that fails twice: 500, 500, then 200, each report handed to it once it accepts")
  void platformRetries() throws Exception {
    refusals.set(2);

    assertThat(post(ReportBodies.batch(0, 2)).statusCode()).isEqualTo(500);
    HttpResponse<String> second = post(ReportBodies.batch(0, 2));
    HttpResponse<String> third = post(ReportBodies.batch(0, 2));

    assertThat(second.statusCode()).isEqualTo(500);
    assertThat(second.body()).isEqualTo("the handler refused 2 reports (java.io.IOException); deliver them again\n");
    assertThat(third.statusCode()).isEqualTo(200);
    assertThat(post(ReportBodies.batch(0, 2)).body()).isEqualTo("accepted 0 new reports, 2 duplicates\n");
    assertThat(handed).containsExactly("V0", "V1");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      not JSON                 | 400 | hello platform                                        | the report body is not valid JSON
      HTML from a proxy        | 400 | <html><body><h1>502 Bad Gateway</h1></body></html>     | the report body is not valid JSON
      truncated                | 400 | [{"voiceId":"V1","callee":"4632000                      | the report body is not valid JSON
      empty                    | 400 | ''                                                     | the report body is not valid JSON: the body is empty
      an object, not a report  | 400 | {"timestamp":1,"status":500,"error":"Internal"}        | the report body is not a batch of call reports at $: the report has no voiceId
      a number at the top      | 400 | 42                                                     | the report body is not a batch of call reports at $: expected an array
      an array of strings      | 400 | ["V1","V2"]                                            | the report body is not a batch of call reports at $[0]: expected an object
      a time of the wrong type | 400 | [{"voiceId":"V1","answerTime":{"at":1}}]               | the report body is not a batch of call reports at $[0].answerTime
      a duration not a number  | 400 | [{"voiceId":"V1","chargedDuration":"eighty"}]          | the report body is not a batch of call reports at $[0].chargedDuration: expected a whole number but was 'eighty'
      trailing content         | 400 | [{"voiceId":"V1"}] []                                  | the report body is not valid JSON
      """)
  @DisplayName("every malformed body gets its typed answer, and nothing is handed")
  void malformed(String what, int status, String body, String reason) throws Exception {
    HttpResponse<String> response = post(body);

    assertThat(response.statusCode()).as(what).isEqualTo(status);
    assertThat(response.body()).as(what).startsWith(reason).endsWith("\n").doesNotContain("463200");
    assertThat(handed).isEmpty();
  }

  @Test
  @DisplayName("a single report object, which the platform may send for a batch of one, is accepted")
  void singleObject() throws Exception {
    HttpResponse<String> response = post(ReportBodies.record(7));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(handed).containsExactly("V7");
  }

  @Test
  @DisplayName("a body over the limit is answered 413, read no further than the limit")
  void oversize() throws Exception {
    HttpResponse<String> response = post("/voice/reports", ReportBodies.filled(LIMIT * 8, ' '));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).isEqualTo("the report body is larger than 4096 bytes\n");
    assertThat(post(ReportBodies.batch(0, 1)).statusCode()).as("the server goes on").isEqualTo(200);
  }

  @Test
  @DisplayName("a method other than POST is answered 405 naming POST")
  void onlyPost() throws Exception {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/voice/reports")).GET().build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).hasValue("POST");
  }

  @Test
  @DisplayName("an Error from the handler ends that exchange alone with 500; its reports are handed on the next delivery")
  void errorEndsOneExchange() throws Exception {
    HttpResponse<String> dying = post("/dying", ReportBodies.batch(0, 1).getBytes(StandardCharsets.UTF_8));

    assertThat(dying.statusCode()).isEqualTo(500);
    assertThat(dying.body()).isEqualTo("the delivery failed (java.lang.OutOfMemoryError); deliver it again\n");
    assertThat(post(ReportBodies.batch(0, 1)).statusCode()).isEqualTo(200);
    assertThat(handed).containsExactly("V0");
  }

  @Test
  @DisplayName("a 10,000-record batch, streamed in chunks, is handed whole once and then answered as duplicates")
  void tenThousand() throws Exception {
    AtomicInteger count = new AtomicInteger();
    CallReportHandler counting = reports -> count.addAndGet(reports.map(CallReport::voiceId).distinct().size());
    ReceiveCallReportsUseCase large = new ReceiveCallReportsService(CallReportParser.create(), InMemoryReportLedger.create());
    server.createContext("/large", CallReportReceiver.of(large, counting));

    HttpResponse<String> first = postStreamed("/large", 10_000);
    HttpResponse<String> again = postStreamed("/large", 10_000);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).isEqualTo("accepted 10000 new reports, 0 duplicates\n");
    assertThat(again.body()).isEqualTo("accepted 0 new reports, 10000 duplicates\n");
    assertThat(count).hasValue(10_000);
  }

  private HttpResponse<String> postStreamed(String path, int records) throws Exception {
    return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> ReportBodies.streamed(records))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @DisplayName("refuses a null use case or handler, naming it")
  void nulls() {
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> CallReportReceiver.of(null, handler)).withMessage("useCase == null");
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> CallReportReceiver.of(useCase, null)).withMessage("handler == null");
  }

}
