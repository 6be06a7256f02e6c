package io.voicecampaign.adapter.http.recall;

import static io.voicecampaign.adapter.http.HttpFixtures.SEED_SIGN;
import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.http.HttpFixtures;
import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.adapter.http.config.PlatformEndpoint;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.testing.VirtualClock;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.recall.RecallFlowQuery;
import io.voicecampaign.domain.recall.RecallNode;
import io.voicecampaign.domain.recall.RecallNodeId;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallStatus;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.shared.Done;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The recall-flow endpoints speak the seed pages' wire format")
class RecallFlowGatewayWireTest {

  @StartStop
  final MockWebServer server = HttpFixtures.server();

  private final VirtualClock time = HttpFixtures.seedTime();

  private HttpRecallFlowGateway gateway() {
    return gateway(HttpFixtures.config(server, time).build());
  }

  private HttpRecallFlowGateway gateway(HttpConfig config) {
    return new HttpRecallFlowGateway(HttpFixtures.transport(config, time));
  }

  private static RecallFlowQuery seedQuery() {
    return RecallFlowQuery.within(TimeRange.between(Instant.parse("2024-05-17T16:00:00Z"), Instant.parse("2024-05-19T15:59:59Z")), 10)
        .withTaskName("1111");
  }

  @Test
  @DisplayName("queryPage posts the seed example and reads flows with their parent task")
  void queryPage() throws InterruptedException {
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_RECALL_PAGE_ANSWER));

    Page<RecallFlow> page = gateway().queryFlows(seedQuery()).get();

    RecordedRequest request = server.takeRequest();
    assertThat(request.getRequestLine()).isEqualTo("POST /voice/recallFlow/queryPage HTTP/1.1");
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo(HttpFixtures.JSON);
    assertThat(request.getHeaders().get("Sign")).isEqualTo(SEED_SIGN);
    assertThat(request.getBody().utf8()).isEqualTo("{\"current\":1,\"size\":10,\"params\":{\"strTime\":\"2024-05-18 00:00:00\","
        + "\"endTime\":\"2024-05-19 23:59:59\",\"taskName\":\"1111\"}}");
    RecallFlow flow = page.records().single();
    assertThat(flow.id()).isEqualTo(RecallFlowId.of(298));
    assertThat(flow.parentTask()).isEqualTo(Option.some(TaskId.of(5009611)));
    assertThat(flow.parentTaskName()).isEqualTo(Option.some("DEFAULT_TASK_NAME-(UTC + 8)20250817192923"));
    assertThat(flow.createdTime()).isEqualTo(Option.some(Instant.parse("2025-08-17T11:30:13Z")));
    assertThat(flow.type()).isEqualTo(RecallType.ALL);
    assertThat(flow.status()).isEqualTo(RecallStatus.IN_PROGRESS);
    assertThat(flow.intervalMinutes()).isEqualTo(30);
    assertThat(flow.attempts()).isEqualTo(6);
    assertThat(flow.finishedAttempts()).isEqualTo(1);
    assertThat(flow.nodes()).isEmpty();
    assertThat(page.total()).isEqualTo(574);
  }

  @Test
  @DisplayName("a query without a name filter omits taskName")
  void queryWithoutName() throws InterruptedException {
    server.enqueue(HttpFixtures.json("{\"code\":0,\"msg\":\"success\",\"data\":{\"records\":[]}}"));

    Page<RecallFlow> page = gateway().queryFlows(RecallFlowQuery.within(seedQuery().createdWithin(), 25)).get();

    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"current\":1,\"size\":25,\"params\":{"
        + "\"strTime\":\"2024-05-18 00:00:00\",\"endTime\":\"2024-05-19 23:59:59\"}}");
    assertThat(page.records()).isEmpty();
    assertThat(page.hasNext()).isFalse();
  }

  @Test
  @DisplayName("queryDetail posts keyId and reads the nodes, ignoring the paging keys in the detail")
  void queryDetail() throws InterruptedException {
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_RECALL_DETAIL_ANSWER));

    RecallFlow flow = gateway().flowDetail(RecallFlowId.of(12)).get();

    RecordedRequest request = server.takeRequest();
    assertThat(request.getRequestLine()).isEqualTo("POST /voice/recallFlow/queryDetail HTTP/1.1");
    assertThat(request.getBody().utf8()).isEqualTo("{\"keyId\":12}");
    assertThat(flow.id()).isEqualTo(RecallFlowId.of(1));
    assertThat(flow.type()).isEqualTo(RecallType.FAILED);
    assertThat(flow.status()).isEqualTo(RecallStatus.IN_PROGRESS);
    assertThat(flow.finishedAttempts()).isEqualTo(1);
    assertThat(flow.parentTask()).isEmpty();
    assertThat(flow.nodes()).containsExactly(
        new RecallNode(RecallNodeId.of(1427), Option.some(TaskId.of(5009612)), RecallStatus.COMPLETED, Option.some(AgentId.of(123))));
  }

  @Test
  @DisplayName("unknown statuses and types are kept; pending nodes without a task or agent read as absent")
  void unknownValuesKept() {
    server.enqueue(HttpFixtures.json("{\"code\":\"0\",\"msg\":\"success\",\"data\":{\"keyId\":\"7\",\"recallInterval\":5,"
        + "\"recallNum\":2,\"recallType\":4,\"status\":9,\"newField\":{\"x\":1},\"nodeList\":["
        + "{\"keyId\":1,\"taskId\":0,\"nodeStatus\":7,\"scriptId\":null},{\"keyId\":2,\"nodeStatus\":\"0\"}]}}"));

    RecallFlow flow = gateway().flowDetail(RecallFlowId.of(7)).get();

    assertThat(flow.type()).hasToString("unknown(4)");
    assertThat(flow.status()).hasToString("unknown(9)");
    assertThat(flow.nodes().map(RecallNode::status)).containsExactly(RecallStatus.of(7), RecallStatus.PENDING);
    assertThat(flow.nodes().map(RecallNode::childTask)).containsOnly(Option.none());
    assertThat(flow.nodes().map(RecallNode::agentId)).containsOnly(Option.none());
  }

  @Test
  @DisplayName("a detail missing a required key is MalformedResponse naming it")
  void missingKey() {
    server.enqueue(HttpFixtures.json("{\"code\":0,\"msg\":\"success\",\"data\":{\"keyId\":1,\"recallInterval\":1,\"recallNum\":1,\"recallType\":1,"
        + "\"status\":1,\"nodeList\":[{\"taskId\":5}]}}"));

    assertThat(gateway().flowDetail(RecallFlowId.of(1)).getLeft()).isInstanceOfSatisfying(GatewayFailure.MalformedResponse.class,
        failure -> assertThat(failure.reason()).contains("nodeList[0].keyId is missing"));
  }

  @Test
  @DisplayName("update posts the documented example: intents as strings, one scriptId node per attempt")
  void update() throws InterruptedException {
    server.enqueue(HttpFixtures.json("{\"code\":0,\"msg\":\"success\",\"data\":null}"));
    RecallPlan plan = RecallPlan.builder().type(RecallType.ALL).intervalMinutes(30).attempts(1).intents("101").agents(123).build().get();

    assertThat(gateway().editFlow(RecallFlowId.of(299), plan)).isEqualTo(Either.right(Done.DONE));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getRequestLine()).isEqualTo("POST /voice/recallFlow/update HTTP/1.1");
    assertThat(request.getBody().utf8())
        .isEqualTo("{\"keyId\":299,\"recallType\":0,\"recallInterval\":30,\"recallNum\":1,\"recallIntent\":[\"101\"],\"nodeList\":[{\"scriptId\":123}]}");
  }

  @Test
  @DisplayName("an update without intents omits recallIntent; one without agents is refused before sending, never sent without nodeList")
  void updateWithoutIntentsOrAgents() throws InterruptedException {
    server.enqueue(HttpFixtures.json("{\"code\":0,\"msg\":\"success\",\"data\":null}"));
    RecallPlan plan = RecallPlan.builder().type(RecallType.FAILED).intervalMinutes(1440).attempts(2).agents(41, 42).build().get();
    RecallPlan noAgents = RecallPlan.builder().type(RecallType.FAILED).intervalMinutes(1440).attempts(2).build().get();

    assertThat(gateway().editFlow(RecallFlowId.of(5), noAgents).getLeft()).isInstanceOfSatisfying(GatewayFailure.InvalidRequest.class,
        failure -> assertThat(failure.violations()).extracting(Violation::path).containsExactly("plan.agents"));
    gateway().editFlow(RecallFlowId.of(5), plan);

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(server.takeRequest().getBody().utf8())
        .isEqualTo("{\"keyId\":5,\"recallType\":1,\"recallInterval\":1440,\"recallNum\":2,\"nodeList\":[{\"scriptId\":41},{\"scriptId\":42}]}");
  }

  @Test
  @DisplayName("cancel posts type and id for each of the three kinds and accepts the E2 and E3 envelopes")
  void cancel() throws InterruptedException {
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_CANCEL_ANSWER));
    server.enqueue(HttpFixtures.json("{\"status\":0,\"reason\":\"success\",\"data\":null}"));
    server.enqueue(HttpFixtures.json("{\"code\":\"0\",\"reason\":\"success\"}"));
    HttpRecallFlowGateway gateway = gateway();

    assertThat(gateway.cancelFlow(new RecallCancellation.WholeFlow(RecallFlowId.of(12)))).isEqualTo(Either.right(Done.DONE));
    assertThat(gateway.cancelFlow(new RecallCancellation.WholeFlowOfTask(TaskId.of(5009611)))).isEqualTo(Either.right(Done.DONE));
    assertThat(gateway.cancelFlow(new RecallCancellation.FromNode(RecallNodeId.of(1427)))).isEqualTo(Either.right(Done.DONE));

    RecordedRequest first = server.takeRequest();
    assertThat(first.getRequestLine()).isEqualTo("POST /voice/recallFlow/cancel HTTP/1.1");
    assertThat(first.getBody().utf8()).isEqualTo("{\"type\":1,\"id\":12}");
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"type\":2,\"id\":5009611}");
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"type\":3,\"id\":1427}");
  }

  @Test
  @DisplayName("each endpoint's path prefix is configurable, e.g. the IVR twins under /v3")
  void prefixes() throws InterruptedException {
    HttpConfig config = HttpFixtures.config(server, time)
        .pathPrefix(PlatformEndpoint.RECALL_FLOW_DETAIL, "/v3")
        .pathPrefix(PlatformEndpoint.CANCEL_RECALL_FLOW, "/gateway/v3")
        .build();
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_RECALL_DETAIL_ANSWER));
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_CANCEL_ANSWER));

    gateway(config).flowDetail(RecallFlowId.of(1));
    gateway(config).cancelFlow(new RecallCancellation.WholeFlow(RecallFlowId.of(1)));

    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v3/voice/recallFlow/queryDetail");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/gateway/v3/voice/recallFlow/cancel");
  }
}
