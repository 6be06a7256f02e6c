package io.voicecampaign.emulator.server;

import static io.voicecampaign.emulator.Json.number;
import static io.voicecampaign.emulator.Json.text;
import static io.voicecampaign.emulator.WireClient.assertCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskStatus;
import io.voicecampaign.emulator.Emulator;
import io.voicecampaign.emulator.EmulatorFixtures;
import io.voicecampaign.emulator.WireClient;
import io.voicecampaign.emulator.json.JsonValue;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The admin endpoints")
class AdminWireTest {

  private static final String TASKS = "{\"current\":1,\"size\":10,\"params\":{\"strTime\":\"2025-03-01 00:00:00\","
      + "\"endTime\":\"2025-03-31 23:59:59\"}}";

  private static Emulator emulator;
  private static WireClient client;

  @BeforeAll
  static void start() {
    emulator = EmulatorFixtures.start(EmulatorFixtures.config().build());
    client = new WireClient(emulator);
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @BeforeEach
  void emptyPlatform() {
    emulator.reset(EmulatorFixtures.PLATFORM_START);
  }

  private static String campaign(String name) {
    return "{\"appId\":\"Jgd8oFei\",\"taskName\":\"" + name + "\",\"agentId\":41,\"numberInfoList\":[{\"calleeNumber\":\"463200000001\"}]}";
  }

  private static WireClient.Answer create(String name) {
    return client.post("/voice/group/call/send/agent", campaign(name));
  }

  @Test
  @DisplayName("refuse a request without the admin token, or with another, with a 401")
  void needTheToken() {
    assertThat(client.admin("GET", "state", null, null).status()).isEqualTo(401);
    assertThat(client.admin("POST", "advance", "{\"seconds\":60}", "guess").status()).isEqualTo(401);
    assertThat(emulator.now()).isEqualTo(EmulatorFixtures.PLATFORM_START);
  }

  @Test
  @DisplayName("state tells the platform clock, zone, scale, limit, unfinished tasks, pending faults and request counts")
  void state() {
    create("counted");

    JsonValue state = client.admin("GET", "state", null).json();

    assertThat(text(state, "now")).isEqualTo("2025-03-03 09:00:00");
    assertThat(number(state, "nowEpochMillis")).isEqualTo(EmulatorFixtures.PLATFORM_START.toEpochMilli());
    assertThat(text(state, "zone")).isEqualTo("+08:00");
    assertThat(number(state, "timeScale")).isZero();
    assertThat(number(state, "unfinishedTasks")).isEqualTo(1);
    assertThat(number(state, "pendingFaults")).isZero();
    assertThat(text(state, "nextEventTime")).isEqualTo("2025-03-03 09:00:30");
    assertThat(number(state, "requests.LAUNCH")).isEqualTo(1);
  }

  @Test
  @DisplayName("advance moves the platform clock by seconds, or from event to event until idle")
  void advance() {
    create("runs");

    JsonValue after = client.admin("POST", "advance", "{\"seconds\":90.5}").json();
    JsonValue idle = client.admin("POST", "advance", "{\"untilIdle\":true}").json();

    assertThat(text(after, "now")).isEqualTo("2025-03-03 09:01:30");
    assertThat(emulator.platform().task(TaskId.of(5_000_001L)).get().status()).isEqualTo(TaskStatus.FINISHED);
    assertThat(number(idle, "unfinishedTasks")).isZero();
    assertThat(idle).isInstanceOf(JsonValue.ObjectValue.class);
    assertThat(((JsonValue.ObjectValue) idle).members().get("nextEventTime")).isEqualTo(JsonValue.NullValue.NULL);
  }

  @Test
  @DisplayName("limit makes launches beyond the concurrent-task limit answer -37")
  void limit() {
    client.admin("POST", "limit", "{\"concurrentTasks\":1}");
    create("first");

    assertCode(create("second"), "status", -37, true);
    assertThat(number(client.admin("GET", "state", null).json(), "concurrentTaskLimit")).isEqualTo(1);
  }

  @Test
  @DisplayName("an injected answer fault is served for the given number of calls, then the platform answers normally")
  void answerFault() {
    client.admin("POST", "fault", "{\"fault\":\"answer\",\"operation\":\"launch\",\"times\":2,\"code\":-18}");

    WireClient.Answer first = create("faulted-1");
    WireClient.Answer second = create("faulted-2");
    WireClient.Answer third = create("faulted-3");

    assertCode(first, "status", -18, true);
    assertThat(text(first.json(), "reason")).isEqualTo("system exception (port program unusual)");
    assertCode(second, "status", -18, true);
    assertCode(third, "status", 0, true);
  }

  @Test
  @DisplayName("an unavailable fault on a port is an HTTP 503 with Retry-After, and the request is not carried out")
  void unavailableFault() {
    client.admin("POST", "fault", "{\"fault\":\"unavailable\",\"port\":\"GROUP_CALL\"}");

    WireClient.Answer answer = create("never-made");

    assertThat(answer.status()).isEqualTo(503);
    assertThat(answer.headers().get("retry-after")).isEqualTo("1");
    assertThat(emulator.platform().unfinishedTaskCount()).isZero();
  }

  @Test
  @DisplayName("an outcome-unknown fault closes the connection without an answer, the task made behind it when applied")
  void outcomeUnknownFault() {
    client.admin("POST", "fault", "{\"fault\":\"outcomeUnknown\",\"operation\":\"LAUNCH\",\"applied\":true}");

    assertThatThrownBy(() -> create("made-behind")).isInstanceOf(UncheckedIOException.class);
    JsonValue tasks = client.post("/voice/group/call/query", TASKS).json();
    assertThat(text(tasks, "data.records[0].taskName")).isEqualTo("made-behind");
  }

  @Test
  @DisplayName("a timed-out fault holds the answer for its seconds of wall time, then closes the connection")
  void timedOutFault() {
    client.admin("POST", "fault", "{\"fault\":\"timedOut\",\"operation\":\"QUERY_TASKS\",\"seconds\":0.3}");

    long started = System.nanoTime();
    assertThatThrownBy(() -> client.post("/voice/group/call/query", TASKS)).isInstanceOf(UncheckedIOException.class);

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  @DisplayName("a latency fault moves the platform clock before the request runs")
  void latencyFault() {
    client.admin("POST", "fault", "{\"fault\":\"latency\",\"operation\":\"QUERY_TASKS\",\"seconds\":600}");

    client.post("/voice/group/call/query", TASKS);

    assertThat(emulator.now()).isEqualTo(EmulatorFixtures.PLATFORM_START.plus(Duration.ofMinutes(10)));
  }

  @Test
  @DisplayName("submissionFails makes the next tasks due to start fail to submit; DELETE drops pending faults")
  void submissionFailsAndClear() {
    client.admin("POST", "fault", "{\"fault\":\"submissionFails\",\"times\":1}");
    client.admin("POST", "fault", "{\"fault\":\"answer\",\"operation\":\"QUERY_FLOWS\",\"code\":-18}");
    create("doomed");

    JsonValue cleared = client.admin("DELETE", "fault", null).json();
    client.admin("POST", "advance", "{\"seconds\":60}");

    assertThat(number(cleared, "pendingFaults")).isZero();
    JsonValue tasks = client.post("/voice/group/call/query", TASKS).json();
    assertThat(number(tasks, "data.records[0].status")).isEqualTo(TaskStatus.SUBMIT_FAILED.code());
  }

  @Test
  @DisplayName("reset empties the platform, optionally with another seed and another start")
  void reset() {
    create("forgotten");

    JsonValue state = client.admin("POST", "reset", "{\"seed\":7,\"start\":\"2025-03-10 08:00:00\"}").json();

    assertThat(text(state, "now")).isEqualTo("2025-03-10 08:00:00");
    assertThat(number(state, "seed")).isEqualTo(7);
    assertThat(number(client.post("/voice/group/call/query", TASKS).json(), "data.total")).isZero();
    assertCode(create("forgotten"), "status", 0, true);
  }

  @Test
  @DisplayName("bad admin requests are a 400 naming every problem; unknown actions a 404; wrong methods a 405")
  void badRequests() {
    WireClient.Answer fault = client.admin("POST", "fault", "{\"fault\":\"meteor\",\"operation\":\"LAUNCH\",\"port\":\"GROUP_CALL\"}");
    WireClient.Answer answer = client.admin("POST", "fault", "{\"fault\":\"answer\",\"operation\":\"NOPE\",\"code\":0}");
    WireClient.Answer advance = client.admin("POST", "advance", "{\"seconds\":-5}");
    WireClient.Answer limit = client.admin("POST", "limit", "{\"concurrentTasks\":0}");
    WireClient.Answer reset = client.admin("POST", "reset", "{\"start\":\"tomorrow\"}");
    WireClient.Answer json = client.admin("POST", "advance", "{\"seconds\":");

    assertThat(fault.status()).isEqualTo(400);
    assertThat(text(fault.json(), "message")).contains("fault", "operation");
    assertThat(text(answer.json(), "message")).contains("operation", "NOPE", "code");
    assertThat(text(advance.json(), "message")).contains("seconds");
    assertThat(text(limit.json(), "message")).contains("concurrentTasks");
    assertThat(text(reset.json(), "message")).contains("start");
    assertThat(json.status()).isEqualTo(400);
    assertThat(client.admin("POST", "teleport", "{}").status()).isEqualTo(404);
    assertThat(client.admin("POST", "state", "{}").status()).isEqualTo(405);
    assertThat(emulator.now()).isEqualTo(EmulatorFixtures.PLATFORM_START);
  }
}
