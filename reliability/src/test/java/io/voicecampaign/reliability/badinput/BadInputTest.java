package io.voicecampaign.reliability.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.voicecampaign.adapter.http.HttpVoiceCampaigns;
import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.application.VoiceCampaigns;
import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.recall.AwaitRecallFlowCommand;
import io.voicecampaign.application.port.in.recall.CancelRecallFlowCommand;
import io.voicecampaign.application.port.in.recall.CancelRemainingRecallsCommand;
import io.voicecampaign.application.port.in.recall.EditRecallFlowCommand;
import io.voicecampaign.application.port.in.task.CancelTasksCommand;
import io.voicecampaign.application.port.in.task.LaunchCampaignCommand;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.fixtures.CampaignFixtures;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.recall.RecallNodeId;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallRejection;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.reliability.support.ReliabilityFixtures;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Bad input is refused before anything is sent, naming the field, the value and the rule")
class BadInputTest {

  private static final RecallFlowId FLOW = RecallFlowId.of(298);

  @StartStop
  final MockWebServer server = ReliabilityFixtures.server();

  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private volatile String flowStatus = "0";
  private volatile String nodeStatuses = "0,0";
  private VoiceCampaigns sdk;

  @BeforeEach
  void setUp() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(answer(path)).build();
      }
    });
    sdk = HttpVoiceCampaigns.create(ReliabilityFixtures.config(server).build(), Clock.systemUTC());
  }

  /** The reads the recall rules need: the flow in the statuses the test set; writes would succeed. */
  private String answer(String path) {
    if (path.endsWith("/queryDetail")) {
      String[] nodes = nodeStatuses.split(",");
      StringBuilder list = new StringBuilder();
      for (int i = 0; i < nodes.length; i++) {
        list.append(i == 0 ? "" : ",").append("{\"keyId\":").append(1427 + i).append(",\"taskId\":")
            .append(nodes[i].equals("0") ? "null" : Integer.toString(5_009_612 + i)).append(",\"nodeStatus\":").append(nodes[i])
            .append(",\"scriptId\":41}");
      }
      return "{\"code\":0,\"msg\":\"success\",\"data\":{\"keyId\":298,\"recallInterval\":30,\"recallNum\":" + nodes.length
          + ",\"recallType\":1,\"status\":" + flowStatus + ",\"nodeList\":[" + list + "]}}";
    }
    if (path.endsWith("/queryPage")) {
      return "{\"code\":0,\"msg\":\"success\",\"data\":{\"records\":[{\"keyId\":298,\"taskName\":\"renewals\",\"taskId\":5009611,"
          + "\"recallType\":1,\"status\":" + flowStatus + ",\"recallInterval\":30,\"recallNum\":2,\"finishNum\":2,"
          + "\"createTime\":\"2026-03-02 10:00:13\"}],\"total\":1,\"size\":100,\"current\":1,\"pages\":1}}";
    }
    return "{\"code\":0,\"msg\":\"success\",\"data\":null}";
  }

  private int requests(String pathEnd) {
    return requests.entrySet().stream().filter(e -> e.getKey().endsWith(pathEnd)).mapToInt(e -> e.getValue().get()).sum();
  }

  private int writes() {
    return requests("/send/agent") + requests("/call/cancel") + requests("/recallFlow/update") + requests("/recallFlow/cancel");
  }

  /** What user code does with builder input: launch only what validated. */
  private Either<Seq<Violation>, Either<Failure, TaskId>> launchIfValid(AgentCampaign.Builder input) {
    Validation<Seq<Violation>, AgentCampaign> campaign = input.build();
    return campaign.toEither().map(valid -> sdk.launchCampaign().launch(new LaunchCampaignCommand(valid)));
  }

  @ParameterizedTest(name = "{0}: {2} {3}")
  @MethodSource("io.voicecampaign.reliability.badinput.BrokenCampaigns#all")
  @DisplayName("every campaign rule: the build names the field and the rule, and nothing is sent")
  void everyCampaignRule(String what, Supplier<AgentCampaign.Builder> campaign, String path, String rule) {
    Either<Seq<Violation>, Either<Failure, TaskId>> launched = launchIfValid(campaign.get());

    assertThat(launched.isLeft()).as("%s is refused", what).isTrue();
    assertThat(launched.getLeft()).as("%s", what).anySatisfy(violation -> {
      assertThat(violation.path()).isEqualTo(path);
      assertThat(violation.rule()).contains(rule);
      assertThat(violation.toString()).contains(path).contains("violates");
    });
    assertThat(server.getRequestCount()).as("requests the platform saw").isZero();
  }

  @Test
  @DisplayName("a campaign breaking many rules at once names every one of them, and nothing is sent")
  void everyProblemAtOnce() {
    AgentCampaign.Builder everything = AgentCampaign.builder().appId(" ").agentId(0).taskName("x").displayNumber("+1")
        .maxCallDurationSeconds(0).maxRingingSeconds(500).calloutRate(0).callWindow("25:00", "08:00")
        .recall(RecallPlan.builder().type(RecallType.BY_INTENT).intervalMinutes(0).attempts(11).agents(41))
        .addCallee("+46", "t".repeat(31)).addCallee("463200000007").addCallee("463200000007");

    Either<Seq<Violation>, Either<Failure, TaskId>> launched = launchIfValid(everything);

    assertThat(launched.getLeft().map(Violation::path)).containsExactlyInAnyOrder("appId", "agentId", "taskName", "displayNumber",
        "maxCallDuration", "maxRingingTime", "calloutRate", "callWindows[0].start", "recallPlan.intents", "recallPlan.intervalMinutes",
        "recallPlan.attempts", "recallPlan.agents", "callees[0].number", "callees[0].text1", "callees[2].number");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  @DisplayName("value types the commands take refuse bad values at once: pages, ranges, ids")
  void commandValues() {
    assertThatThrownBy(() -> new PageRequest(0, 101)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.violations().map(Violation::path)).containsExactly("page.current", "page.size"));
    assertThatThrownBy(() -> PageRequest.first(0)).hasMessageContaining("page.size").hasMessageContaining("1-100");
    assertThatThrownBy(() -> TimeRange.between(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("range.to");
    assertThatThrownBy(() -> TaskId.of(0)).hasMessageContaining("taskId").hasMessageContaining("positive id");
    assertThatThrownBy(() -> RecallFlowId.of(-1)).hasMessageContaining("recallFlowId").hasMessageContaining("positive id");
    assertThatThrownBy(() -> RecallNodeId.of(0)).hasMessageContaining("recallNodeId").hasMessageContaining("positive id");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  @DisplayName("commands refuse what they cannot carry: no task to cancel, a node without its flow, impossible waits, null")
  void commandShapes() {
    assertThatThrownBy(() -> new CancelTasksCommand(List.empty())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one task");
    assertThatThrownBy(() -> new CancelRecallFlowCommand(Option.none(), new RecallCancellation.FromNode(RecallNodeId.of(1427))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("flow id");
    assertThatThrownBy(() -> new AwaitRecallFlowCommand(FLOW, Duration.ofSeconds(-1), Duration.ofSeconds(1), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AwaitRecallFlowCommand(FLOW, Duration.ofSeconds(10), Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AwaitRecallFlowCommand(FLOW, Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sdk.launchCampaign().launch(null)).isInstanceOf(NullPointerException.class).hasMessage("command == null");
    assertThatThrownBy(() -> sdk.cancelTasks().cancel(null)).isInstanceOf(NullPointerException.class).hasMessage("command == null");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  @DisplayName("an HTTP configuration breaking its rules names every one, and no SDK is made to send anything")
  void badConfiguration() {
    assertThatThrownBy(() -> HttpConfig.builder().apiKey("").apiSecret(null).baseUrl("ftp://x").readTimeout(Duration.ZERO)
        .logBodyBytes(-1).maxResponseBytes(1).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations().map(Violation::path))
            .containsExactlyInAnyOrder("apiKey", "apiSecret", "baseUrl", "readTimeout", "logBodyBytes", "maxResponseBytes"));
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  @DisplayName("a send time in the past: InvalidInput naming sendTime, and nothing sent")
  void pastSendTime() {
    Instant past = Instant.now().minus(Duration.ofHours(1));
    AgentCampaign campaign = CampaignFixtures.validBuilder(2).sendTime(past).build().get();

    Either<Failure, TaskId> launched = sdk.launchCampaign().launch(new LaunchCampaignCommand(campaign));

    assertThat(launched.getLeft()).isInstanceOfSatisfying(Failure.InvalidInput.class, invalid -> {
      assertThat(invalid.violations().map(Violation::path)).containsExactly("sendTime");
      assertThat(invalid.message()).contains("must not be in the past").contains(past.toString());
    });
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  @DisplayName("a task cancel of no task through the gateway: InvalidRequest, nothing sent")
  void emptyCancelAtTheGateway() {
    Either<GatewayFailure, ?> cancelled = HttpVoiceCampaigns.gateways(ReliabilityFixtures.config(server).build(), Clock.systemUTC())
        .groupCalls().cancelTasks(List.empty());

    assertThat(cancelled.getLeft()).isInstanceOfSatisfying(GatewayFailure.InvalidRequest.class,
        invalid -> assertThat(invalid.violations().map(Violation::path)).containsExactly("taskIds"));
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  @DisplayName("editing a flow that has started: RecallRefused, the flow read but no update sent")
  void editStartedFlow() {
    flowStatus = "1";
    nodeStatuses = "1,0";

    Either<Failure, ?> edited = sdk.editRecallFlow().edit(new EditRecallFlowCommand(FLOW, ReliabilityFixtures.editedPlan()));

    assertThat(edited.getLeft()).isInstanceOfSatisfying(Failure.RecallRefused.class,
        refused -> assertThat(refused.rejection()).isInstanceOf(RecallRejection.FlowNotPending.class));
    assertThat(requests("/queryDetail")).isEqualTo(1);
    assertThat(writes()).isZero();
  }

  @Test
  @DisplayName("cancelling a completed flow whole, by id or by its task: RecallRefused, no cancel sent")
  void cancelCompletedFlow() {
    flowStatus = "2";
    nodeStatuses = "2,2";

    Either<Failure, ?> byId = sdk.cancelRecallFlow().cancel(CancelRecallFlowCommand.wholeFlow(FLOW));
    Either<Failure, ?> byTask = sdk.cancelRecallFlow().cancel(CancelRecallFlowCommand.wholeFlowOfTask(TaskId.of(5_009_611)));
    Either<Failure, ?> remaining = sdk.cancelRemainingRecalls().cancelRemaining(new CancelRemainingRecallsCommand(FLOW));

    assertThat(byId.getLeft()).isInstanceOfSatisfying(Failure.RecallRefused.class,
        refused -> assertThat(refused.rejection()).isInstanceOf(RecallRejection.FlowNotPending.class));
    assertThat(byTask.getLeft()).isInstanceOfSatisfying(Failure.RecallRefused.class,
        refused -> assertThat(refused.rejection()).isInstanceOf(RecallRejection.FlowNotPending.class));
    assertThat(remaining.getLeft()).isInstanceOfSatisfying(Failure.RecallRefused.class,
        refused -> assertThat(refused.rejection()).isInstanceOf(RecallRejection.NothingLeftToCancel.class));
    assertThat(writes()).isZero();
  }

  @Test
  @DisplayName("cancelling from a node that has started, or from one the flow does not have: RecallRefused, no cancel sent")
  void cancelFromNode() {
    flowStatus = "1";
    nodeStatuses = "2,1";

    Either<Failure, ?> started = sdk.cancelRecallFlow().cancel(CancelRecallFlowCommand.fromNode(FLOW, RecallNodeId.of(1428)));
    Either<Failure, ?> missing = sdk.cancelRecallFlow().cancel(CancelRecallFlowCommand.fromNode(FLOW, RecallNodeId.of(9999)));

    assertThat(started.getLeft()).isInstanceOfSatisfying(Failure.RecallRefused.class,
        refused -> assertThat(refused.rejection()).isInstanceOf(RecallRejection.NodeNotPending.class));
    assertThat(missing.getLeft()).isInstanceOfSatisfying(Failure.RecallRefused.class,
        refused -> assertThat(refused.rejection()).isInstanceOf(RecallRejection.NodeNotFound.class));
    assertThat(writes()).isZero();
  }

  @Test
  @DisplayName("the control: the same commands on a pending flow are sent, so the refusals above are the rules at work")
  void pendingFlowIsWritten() {
    flowStatus = "0";
    nodeStatuses = "0,0";

    assertThat(sdk.editRecallFlow().edit(new EditRecallFlowCommand(FLOW, ReliabilityFixtures.editedPlan())).isRight()).isTrue();
    assertThat(sdk.cancelRecallFlow().cancel(CancelRecallFlowCommand.fromNode(FLOW, RecallNodeId.of(1428))).isRight()).isTrue();
    assertThat(sdk.cancelRecallFlow().cancel(CancelRecallFlowCommand.wholeFlow(FLOW)).isRight()).isTrue();
    assertThat(requests("/recallFlow/update")).isEqualTo(1);
    assertThat(requests("/recallFlow/cancel")).isEqualTo(2);
  }
}
