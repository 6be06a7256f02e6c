package io.voicecampaign.adapter.http.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.http.HttpFixtures;
import io.voicecampaign.adapter.http.VirtualTime;
import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.control.Either;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A create reaches the platform exactly once")
class ExactlyOnceLaunchTest {

  private static final String CREATE = "/v3/voice/group/call/send/agent";
  private static final String QUERY = "/v3/voice/group/call/query";
  private static final String NAME = "I want to test Agent API-16";

  @StartStop
  final MockWebServer server = HttpFixtures.server();

  private final VirtualTime time = HttpFixtures.seedTime();

  private Either<GatewayFailure, TaskId> launch() {
    return launch(HttpFixtures.config(server, time).build(), HttpFixtures.seedCampaign());
  }

  private Either<GatewayFailure, TaskId> launch(HttpConfig config, AgentCampaign campaign) {
    return new HttpGroupCallGateway(HttpFixtures.transport(config, time)).launch(campaign);
  }

  private List<String> paths() throws InterruptedException {
    List<String> paths = new ArrayList<>();
    for (int i = server.getRequestCount(); i > 0; i--) {
      paths.add(server.takeRequest().getUrl().encodedPath());
    }
    return paths;
  }

  private static MockResponse dropAfterRequest() {
    return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
  }

  @Test
  @DisplayName("a timeout after the body was sent is resolved by finding the task by name: no second create")
  void timeoutThenFound() throws InterruptedException {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    server.enqueue(HttpFixtures.taskList(NAME));

    assertThat(launch()).isEqualTo(Either.right(TaskId.of(9001)));
    server.takeRequest();
    RecordedRequest lookup = server.takeRequest();
    assertThat(lookup.getUrl().encodedPath()).isEqualTo(QUERY);
    assertThat(lookup.getBody().utf8()).isEqualTo("{\"current\":1,\"size\":100,\"params\":{\"strTime\":\"2021-08-31 12:00:00\","
        + "\"endTime\":\"2021-09-02 12:00:00\",\"taskType\":3,\"statusList\":[],\"searchCondition\":\"" + NAME + "\"}}");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  @DisplayName("a connection dropped after the platform received the create is resolved the same way")
  void droppedThenFound() throws InterruptedException {
    server.enqueue(dropAfterRequest());
    server.enqueue(HttpFixtures.taskList(NAME + " (copy)", NAME));

    assertThat(launch()).isEqualTo(Either.right(TaskId.of(9002)));
    assertThat(paths()).containsExactly(CREATE, QUERY);
  }

  @Test
  @DisplayName("when the platform provably has no such task, the create is sent exactly once more")
  void absentThenResent() throws InterruptedException {
    server.enqueue(dropAfterRequest());
    server.enqueue(HttpFixtures.taskList(NAME + "-2"));
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_CREATE_ANSWER));

    assertThat(launch()).isEqualTo(Either.right(TaskId.of(123123)));
    RecordedRequest first = server.takeRequest();
    server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertThat(second.getUrl().encodedPath()).isEqualTo(CREATE);
    assertThat(second.getBody()).isEqualTo(first.getBody());
    assertThat(Long.parseLong(second.getHeaders().get("Timestamp")))
        .as("the re-sent create is signed afresh after the backoff")
        .isEqualTo(time.instant().getEpochSecond());
    assertThat(time.sleeps()).hasSize(1);
  }

  @Test
  @DisplayName("HTTP 5xx on a create is an unknown outcome: looked up, and found")
  void serverErrorThenFound() throws InterruptedException {
    server.enqueue(new MockResponse.Builder().code(500).body("<html>Internal error</html>").build());
    server.enqueue(HttpFixtures.taskList(NAME));

    assertThat(launch()).isEqualTo(Either.right(TaskId.of(9001)));
    assertThat(paths()).containsExactly(CREATE, QUERY);
  }

  @Test
  @DisplayName("a 503 with Retry-After 0 is not re-sent by OkHttp behind the SDK's back")
  void noSilentResend() throws InterruptedException {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "0").build());
    server.enqueue(HttpFixtures.taskList(NAME));

    assertThat(launch()).isEqualTo(Either.right(TaskId.of(9001)));
    assertThat(paths()).containsExactly(CREATE, QUERY);
  }

  @Test
  @DisplayName("platform -18 on a create is looked up; absent, re-sent; -41 on the re-send means the first landed")
  void systemErrorThenNameExists() throws InterruptedException {
    server.enqueue(HttpFixtures.code(-18, "System exception"));
    server.enqueue(HttpFixtures.taskList());
    server.enqueue(HttpFixtures.code(-41, "Task name already exists"));
    server.enqueue(HttpFixtures.taskList(NAME));

    assertThat(launch()).isEqualTo(Either.right(TaskId.of(9001)));
    assertThat(paths()).containsExactly(CREATE, QUERY, CREATE, QUERY);
  }

  @Test
  @DisplayName("when the lookup fails too, the outcome is unknown and nothing is re-sent")
  void lookupFails() throws InterruptedException {
    server.enqueue(dropAfterRequest());
    server.enqueue(new MockResponse.Builder().code(401).build());

    assertThat(launch().getLeft()).isInstanceOfSatisfying(GatewayFailure.OutcomeUnknown.class,
        failure -> assertThat(failure.reason()).contains("after the request was sent").contains("looking the task up"));
    assertThat(paths()).containsExactly(CREATE, QUERY);
  }

  @Test
  @DisplayName("-41 on a first attempt is the caller's name clash: rejected, nothing looked up")
  void nameTakenFirst() {
    server.enqueue(HttpFixtures.code(-41, "Task name already exists"));

    assertThat(launch().getLeft()).isEqualTo(new GatewayFailure.Rejected(PlatformCode.TASK_NAME_EXISTS, "Task name already exists"));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  @DisplayName("a success whose id cannot be read is resolved by name and never re-sent")
  void unreadableSuccess() throws InterruptedException {
    server.enqueue(HttpFixtures.json("{\"status\":\"0\",\"reason\":\"success\",\"data\":null}"));
    server.enqueue(HttpFixtures.taskList(NAME));
    server.enqueue(HttpFixtures.json("{\"status\":\"0\",\"reason\":\"success\",\"data\":\"not-a-number\"}"));
    server.enqueue(HttpFixtures.taskList());

    assertThat(launch()).isEqualTo(Either.right(TaskId.of(9001)));
    assertThat(launch().getLeft()).isInstanceOfSatisfying(GatewayFailure.OutcomeUnknown.class,
        failure -> assertThat(failure.reason()).contains("accepted the task"));
    assertThat(paths()).containsExactly(CREATE, QUERY, CREATE, QUERY);
  }

  @Test
  @DisplayName("an HTML page with HTTP 200 on a create is looked up, not trusted")
  void htmlSuccess() throws InterruptedException {
    server.enqueue(new MockResponse.Builder().body("<html>ok</html>").build());
    server.enqueue(HttpFixtures.taskList(NAME));

    assertThat(launch()).isEqualTo(Either.right(TaskId.of(9001)));
    assertThat(paths()).containsExactly(CREATE, QUERY);
  }

  @Test
  @DisplayName("HTTP 429 on a create was not processed: re-sent after the wait, nothing looked up")
  void tooManyRequests() throws InterruptedException {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2").build());
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_CREATE_ANSWER));

    assertThat(launch()).isEqualTo(Either.right(TaskId.of(123123)));
    assertThat(paths()).containsExactly(CREATE, CREATE);
  }

  @Test
  @DisplayName("a refused connection is retried without a lookup, and stays Unavailable")
  void refused() throws IOException {
    MockWebServer closed = new MockWebServer();
    closed.start();
    HttpConfig config = HttpFixtures.config(closed, time).build();
    closed.close();

    assertThat(launch(config, HttpFixtures.seedCampaign()).getLeft()).isInstanceOf(GatewayFailure.Unavailable.class);
    assertThat(time.sleeps()).hasSize(2);
  }

  @Test
  @DisplayName("the lookup reads further pages of loose matches for the exact name")
  void lookupPages() throws InterruptedException {
    server.enqueue(dropAfterRequest());
    server.enqueue(HttpFixtures.json("{\"code\":0,\"data\":{\"records\":[{\"taskId\":7,\"taskName\":\"" + NAME + " x\",\"status\":1}],"
        + "\"total\":2,\"size\":1,\"current\":1,\"pages\":2}}"));
    server.enqueue(HttpFixtures.json("{\"code\":0,\"data\":{\"records\":[{\"jobId\":8,\"taskName\":\"" + NAME + "\",\"status\":6}],"
        + "\"total\":2,\"size\":1,\"current\":2,\"pages\":2}}"));

    assertThat(launch()).isEqualTo(Either.right(TaskId.of(8)));
    server.takeRequest();
    assertThat(server.takeRequest().getBody().utf8()).startsWith("{\"current\":1,");
    assertThat(server.takeRequest().getBody().utf8()).startsWith("{\"current\":2,");
  }

  @Test
  @DisplayName("a streamed create is chunked, byte-identical, and reconciled the same way")
  void streamedCreate() throws InterruptedException {
    server.enqueue(dropAfterRequest());
    server.enqueue(HttpFixtures.taskList(NAME));

    HttpConfig config = HttpFixtures.config(server, time).streamCreateBody(true).build();

    assertThat(launch(config, HttpFixtures.seedCampaign())).isEqualTo(Either.right(TaskId.of(9001)));
    RecordedRequest create = server.takeRequest();
    assertThat(create.getHeaders().get("Transfer-Encoding")).isEqualTo("chunked");
    assertThat(create.getHeaders().get("Content-Length")).isNull();
    assertThat(create.getBody().utf8()).isEqualTo(HttpFixtures.SEED_CREATE_BODY);
  }

  @Test
  @DisplayName("a create whose body could not be fully sent never reached the platform: re-sent without a lookup")
  void notFullySent() throws IOException {
    // a server that stops reading mid-body, with a small receive buffer: the 15 MB body cannot all be
    // written, so each attempt ends in a write timeout before its last byte (the stalled answer stays queued)
    try (MockWebServer slow = HttpFixtures.server(64 * 1024)) {
      slow.start();
      slow.enqueue(new MockResponse.Builder().onRequestBody(SocketEffect.Stall.INSTANCE).build());
      HttpConfig config = HttpFixtures.config(slow, time).writeTimeout(Duration.ofMillis(400)).build();

      Either<GatewayFailure, TaskId> result = launch(config, HttpFixtures.campaign("big", 200_000));

      assertThat(result.getLeft()).as("a lookup would have made the outcome unknown")
          .isInstanceOfSatisfying(GatewayFailure.TimedOut.class, failure -> assertThat(failure.reason()).contains("sending"));
      assertThat(time.sleeps()).as("three attempts").hasSize(2);
    }
  }
}
