package io.voicecampaign.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.fake.fault.Fault;
import io.voicecampaign.adapter.fake.fault.Operation;
import io.voicecampaign.adapter.fake.platform.Reply;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallStatus;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskQuery;
import io.voicecampaign.emulator.Emulator;
import io.voicecampaign.emulator.EmulatorConfig;
import io.vavr.collection.Seq;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The tour over HTTP against the emulator on loopback")
class HttpTourTest {

  private Emulator emulator;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

  @BeforeEach
  void startEmulator() throws IOException {
    // the platform clock starts at this machine's time and stands still: the tour lists around its own clock
    emulator = Emulator.start(EmulatorConfig.builder().port(0).timeScale(0).build());
  }

  @AfterEach
  void stopEmulator() {
    emulator.close();
  }

  private Map<String, String> environment() {
    Map<String, String> env = new HashMap<>();
    env.put("VOICE_BASE_URL", emulator.baseUrl().toString());
    env.put("VOICE_API_KEY", emulator.config().apiKey());
    env.put("VOICE_API_SECRET", emulator.config().apiSecret());
    env.put("VOICE_APP_ID", emulator.config().appId().value());
    return env;
  }

  private int run(Map<String, String> env) {
    return Tour.run(new PrintStream(buffer, true, StandardCharsets.UTF_8), env);
  }

  private String output() {
    return buffer.toString(StandardCharsets.UTF_8);
  }

  private static void assertNoStackTrace(String output) {
    assertThat(output).doesNotContain("\tat ", "Exception:", "Caused by");
  }

  @Test
  @DisplayName("without VOICE_CALLEES only reads: lists tasks and flows, shows the newest flow, launches and cancels nothing")
  void readOnly() {
    AgentCampaign existing = AgentCampaign.builder().appId("Jgd8oFei").agentId(41).taskName("existing-campaign")
        .addCallee("463200000001").addCallee("463200000002")
        .recall(RecallPlan.builder().type(RecallType.ALL).intervalMinutes(30).attempts(2)).build().get();
    emulator.platform().launch(existing);

    int exit = run(environment());

    String output = output();
    assertThat(exit).as(output).isZero();
    assertThat(output).contains("over HTTP", "read-only", "existing-campaign", "1 task(s) in all", "1 flow(s) in all",
        "The newest recall flow in detail", "node ", "nothing was launched or changed");
    assertThat(emulator.platform().requestCount(Operation.LAUNCH)).as("only the test's own launch").isEqualTo(1);
    assertThat(emulator.platform().requestCount(Operation.CANCEL_TASKS)).isZero();
    assertThat(emulator.platform().requestCount(Operation.CANCEL_FLOW)).isZero();
    assertThat(emulator.platform().requestCount(Operation.EDIT_FLOW)).isZero();
  }

  @Test
  @DisplayName("with VOICE_CALLEES launches one campaign to exactly those numbers, finds its flow, shows it and cancels its attempts")
  void withCallees() {
    Map<String, String> env = environment();
    env.put("VOICE_CALLEES", "463200000001, 463200000002");
    env.put("VOICE_AGENT_ID", "41");

    int exit = run(env);

    String output = output();
    assertThat(exit).as(output).isZero();
    assertThat(output).contains("Launch \"voicecampaign-tour-", "2 number(s) you gave", "The task in the task list",
        "progress 0%", "of 2 number(s) called", "recall flow", "cancel type 1", "CANCELLED");
    assertThat(emulator.platform().requestCount(Operation.QUERY_TASKS)).as("all five seed endpoints are called").isPositive();
    TaskQuery all = TaskQuery.within(TimeRange.between(emulator.now().minus(Duration.ofDays(1)), emulator.now().plus(Duration.ofDays(1))),
        PageRequest.MAX_SIZE);
    Seq<GroupCallTask> tasks = ((Reply.Ok<Page<GroupCallTask>>) emulator.platform().queryTasks(all)).value().records();
    assertThat(tasks).hasSize(1);
    assertThat(tasks.head().name()).startsWith("voicecampaign-tour-");
    assertThat(tasks.head().numbers()).isEqualTo(2);
    RecallFlow flow = emulator.platform().flowOfTask(tasks.head().id()).get();
    assertThat(flow.status()).isEqualTo(RecallStatus.CANCELLED);

    emulator.advance(Duration.ofDays(1));
    assertThat(emulator.platform().callRecords(tasks.head().id()).get().map(r -> r.number().digits()))
        .as("the given numbers are dialled once each").containsExactlyInAnyOrder("463200000001", "463200000002");
    assertThat(((Reply.Ok<Page<GroupCallTask>>) emulator.platform().queryTasks(all)).value().total())
        .as("no recall attempt follows").isEqualTo(1);
  }

  @Test
  @DisplayName("with VOICE_REPORT_PORT receives the emulator's pushes of the dialled numbers' call reports on that port, and adds them up")
  void receivesPushedReports() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    emulator.close();
    // two platform minutes per second: the calls end and their reports are pushed within seconds, the recall attempt is a half-minute away
    emulator = Emulator.start(EmulatorConfig.builder().port(0).timeScale(120)
        .pushUrl("http://127.0.0.1:" + port + HttpTourPlatform.REPORT_PATH).build());
    Map<String, String> env = environment();
    env.put("VOICE_CALLEES", "463200000001,463200000002");
    env.put("VOICE_AGENT_ID", "41");
    env.put("VOICE_REPORT_PORT", String.valueOf(port));

    int exit = run(env);

    String output = output();
    assertThat(exit).as(output).isZero();
    assertThat(output).contains("call reports received at http://127.0.0.1:" + port + "/voice/reports",
        "The call reports pushed to", "the launched task  2 calls", "all calls          2 calls", "reports for 2 of 2 number(s) arrived");
    assertThat(emulator.pushes().batches()).isNotEmpty()
        .allSatisfy(batch -> assertThat(batch.attempts().last().outcome().accepted()).as(batch.toString()).isTrue());
  }

  @Test
  @DisplayName("a transient 503 on the first call to every endpoint: the whole tour still succeeds, with exactly one task")
  void transientUnavailableEverywhere() {
    for (Operation operation : Operation.values()) {
      emulator.platform().injectFault(operation, 1, Fault.unavailable("the platform is restarting"));
    }
    Map<String, String> env = environment();
    env.put("VOICE_CALLEES", "463200000001");
    env.put("VOICE_AGENT_ID", "41");

    int exit = run(env);

    String output = output();
    assertThat(exit).as(output).isZero();
    assertThat(output).contains("launched", "The task in the task list", "cancel type 1", "CANCELLED");
    TaskQuery all = TaskQuery.within(TimeRange.between(emulator.now().minus(Duration.ofDays(1)), emulator.now().plus(Duration.ofDays(1))),
        PageRequest.MAX_SIZE);
    assertThat(((Reply.Ok<Page<GroupCallTask>>) emulator.platform().queryTasks(all)).value().records()).hasSize(1);
    for (Operation used : new Operation[] {Operation.LAUNCH, Operation.QUERY_TASKS, Operation.QUERY_FLOWS, Operation.FLOW_DETAIL,
        Operation.CANCEL_FLOW}) {
      assertThat(emulator.platform().requestCount(used)).as("%s answered 503 once, then asked again", used).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  @DisplayName("a platform error ends the tour with one typed line and exit 1, no stack trace")
  void platformError() {
    Map<String, String> env = environment();
    env.put("VOICE_API_SECRET", "not-the-secret");

    int exit = run(env);

    String output = output();
    assertThat(exit).isEqualTo(1);
    assertThat(output.lines().filter(line -> line.startsWith("tour failed"))).hasSize(1);
    assertThat(output).contains("tour failed at step \"list the tasks\": GatewayFailure.Unauthorized:")
        .doesNotContain("not-the-secret");
    assertNoStackTrace(output);
  }

  @Test
  @DisplayName("an incomplete or invalid environment is named in one line before anything is sent, the secret never shown")
  void invalidEnvironment() {
    Map<String, String> env = new HashMap<>();
    env.put("VOICE_API_SECRET", "s3cr3t-value");
    env.put("VOICE_CALLEES", "463200000001,+44 20 7946 0000");
    env.put("VOICE_BASE_URL", emulator.baseUrl().toString());
    env.put("VOICE_REPORT_PORT", "70000");

    int exit = run(env);

    String output = output();
    assertThat(exit).isEqualTo(1);
    assertThat(output).contains("read the environment", "VOICE_API_KEY", "VOICE_APP_ID", "VOICE_CALLEES[1]", "VOICE_AGENT_ID",
            "VOICE_REPORT_PORT: '70000' violates: must be a port from 1 to 65535")
        .doesNotContain("s3cr3t-value");
    assertThat(output.lines().count()).isEqualTo(1);
    assertNoStackTrace(output);
    assertThat(emulator.platform().requestCount(Operation.QUERY_TASKS)).isZero();
  }
}
