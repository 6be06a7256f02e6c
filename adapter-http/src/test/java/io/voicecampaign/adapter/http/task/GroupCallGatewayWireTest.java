package io.voicecampaign.adapter.http.task;

import static io.voicecampaign.adapter.http.HttpFixtures.JSON;
import static io.voicecampaign.adapter.http.HttpFixtures.SEED_CREATE_BODY;
import static io.voicecampaign.adapter.http.HttpFixtures.SEED_SIGN;
import static org.assertj.core.api.Assertions.assertThat;


import io.voicecampaign.adapter.http.config.PlatformEndpoint;
import io.voicecampaign.adapter.http.HttpFixtures;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.testing.VirtualClock;
import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.shared.Done;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.voicecampaign.domain.task.TaskStatus;
import io.voicecampaign.domain.task.TaskType;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The task endpoints speak the seed pages' wire format")
class GroupCallGatewayWireTest {

  @StartStop
  final MockWebServer server = HttpFixtures.server();

  private final VirtualClock time = HttpFixtures.seedTime();
  private HttpGroupCallGateway gateway;

  @BeforeEach
  void setUp() {
    gateway = new HttpGroupCallGateway(HttpFixtures.transport(HttpFixtures.config(server, time).build(), time));
  }

  @Test
  @DisplayName("a create posts the seed example's headers and body to /v3/voice/group/call/send/agent and returns data as the task id")
  void createMatchesTheSeedPage() throws Exception {
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_CREATE_ANSWER));

    Either<GatewayFailure, TaskId> id = gateway.launch(HttpFixtures.seedCampaign());

    assertThat(id).isEqualTo(Either.right(TaskId.of(123123)));
    RecordedRequest request = server.takeRequest();
    assertThat(request.getRequestLine()).isEqualTo("POST /v3/voice/group/call/send/agent HTTP/1.1");
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo(JSON);
    assertThat(request.getHeaders().get("Api-Key")).isEqualTo("bDqJFiq9");
    assertThat(request.getHeaders().get("Timestamp")).isEqualTo("1630468800");
    assertThat(request.getHeaders().get("Sign")).isEqualTo(SEED_SIGN);
    assertThat(request.getHeaders().get("Content-Length")).isEqualTo(Integer.toString(SEED_CREATE_BODY.length()));
    assertThat(request.getBody().utf8()).isEqualTo(SEED_CREATE_BODY);
  }

  @Test
  @DisplayName("a task query on the /v3 page's path nests its filters in params, sends no taskType (the page documents none) and reads the seed answer")
  void queryMatchesTheSeedPage() throws Exception {
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_QUERY_ANSWER));
    TaskQuery query = TaskQuery.within(TimeRange.between(Instant.parse("2023-12-31T16:00:00Z"), Instant.parse("2024-06-03T07:13:01Z")), 10);

    Either<GatewayFailure, Page<GroupCallTask>> page = gateway.queryTasks(query);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getRequestLine()).isEqualTo("POST /v3/voice/group/call/query HTTP/1.1");
    assertThat(request.getHeaders().get("Sign")).isEqualTo(SEED_SIGN);
    assertThat(request.getBody().utf8()).isEqualTo("{\"current\":1,\"size\":10,\"params\":{\"strTime\":\"2024-01-01 00:00:00\","
        + "\"endTime\":\"2024-06-03 15:13:01\",\"statusList\":[]}}");
    assertThat(page.get().total()).isEqualTo(574);
    assertThat(page.get().pages()).isEqualTo(574);
    GroupCallTask task = page.get().records().single();
    assertThat(task.id()).isEqualTo(TaskId.of(5000602));
    assertThat(task.name()).isEqualTo("2024-06-04 14:49:17111");
    assertThat(task.status()).isEqualTo(TaskStatus.WAITING_TO_SUBMIT);
    assertThat(task.createdTime().get()).isEqualTo(Instant.parse("2024-06-04T06:49:36Z"));
    assertThat(task.agentId().get()).isEqualTo(AgentId.of(12));
  }

  @Test
  @DisplayName("a task query on the AI-agent page's path (no /v3) sends its documented taskType 3, as that page's example does")
  void queryOnTheAiAgentPath() throws Exception {
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_QUERY_ANSWER));
    HttpGroupCallGateway agentPath = new HttpGroupCallGateway(HttpFixtures.transport(
        HttpFixtures.config(server, time).pathPrefix(PlatformEndpoint.QUERY_TASKS, "").build(), time));
    TaskQuery query = TaskQuery.within(TimeRange.between(Instant.parse("2023-12-31T16:00:00Z"), Instant.parse("2024-06-03T07:13:01Z")), 10);

    assertThat(agentPath.queryTasks(query).isRight()).isTrue();

    RecordedRequest request = server.takeRequest();
    assertThat(request.getRequestLine()).isEqualTo("POST /voice/group/call/query HTTP/1.1");
    assertThat(request.getBody().utf8()).isEqualTo("{\"current\":1,\"size\":10,\"params\":{\"strTime\":\"2024-01-01 00:00:00\","
        + "\"endTime\":\"2024-06-03 15:13:01\",\"taskType\":3,\"statusList\":[]}}");
  }

  @Test
  @DisplayName("a cancel posts taskIdList without /v3 and accepts the E4 envelope")
  void cancelMatchesTheReference() throws Exception {
    server.enqueue(HttpFixtures.json("{\"code\":\"0\",\"msg\":\"success\",\"data\":null}"));

    Either<GatewayFailure, Done> done = gateway.cancelTasks(List.of(TaskId.of(123), TaskId.of(456)));

    assertThat(done).isEqualTo(Either.right(Done.DONE));
    RecordedRequest request = server.takeRequest();
    assertThat(request.getRequestLine()).isEqualTo("POST /voice/group/call/cancel HTTP/1.1");
    assertThat(request.getBody().utf8()).isEqualTo("{\"taskIdList\":[123,456]}");
  }

  @Test
  @DisplayName("a task query sends every filter it has: statuses, application index and search text")
  void queryWithEveryFilter() throws Exception {
    server.enqueue(HttpFixtures.json("{\"code\":0,\"msg\":\"success\",\"data\":{\"records\":[]}}"));
    TaskQuery query = TaskQuery.within(TimeRange.between(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-02T00:00:00Z")), 100)
        .withStatuses(List.of(TaskStatus.CALLING, TaskStatus.PAUSED))
        .withAppIndexId(77)
        .withSearch("spring \"renewals\"")
        .withPage(new PageRequest(3, 100));

    Page<GroupCallTask> page = gateway.queryTasks(query).get();

    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"current\":3,\"size\":100,\"params\":{"
        + "\"strTime\":\"2024-01-01 08:00:00\",\"endTime\":\"2024-01-02 08:00:00\",\"statusList\":[1,5],"
        + "\"idxAppId\":77,\"searchCondition\":\"spring \\\"renewals\\\"\"}}");
    assertThat(page.records()).isEmpty();
    assertThat(page.current()).isEqualTo(3);
    assertThat(page.total()).isEqualTo(200);
  }

  @Test
  @DisplayName("task answers are read tolerantly: jobId for taskId, numbers as strings, unknown statuses and fields kept or ignored")
  void tolerantTasks() {
    server.enqueue(HttpFixtures.json("{\"code\":\"0\",\"msg\":\"success\",\"data\":{\"records\":["
        + "{\"jobId\":\"5000602\",\"taskName\":\"a\",\"status\":\"7\",\"rate\":35.5,\"numCnt\":\"10\",\"extra\":[1,{}],"
        + "\"createdTime\":\"2024-06-04T14:49:36+08:00\",\"taskType\":3,\"scriptId\":0},"
        + "{\"taskId\":9,\"jobId\":8,\"taskName\":\"b\",\"status\":4,\"createdTime\":null}],"
        + "\"searchCount\":true,\"pages\":1}}"));

    Page<GroupCallTask> page = gateway.queryTasks(TaskQuery.within(TimeRange.between(Instant.EPOCH, Instant.EPOCH), 10)).get();

    GroupCallTask first = page.records().get(0);
    assertThat(first.id()).isEqualTo(TaskId.of(5000602));
    assertThat(first.status()).hasToString("unknown(7)");
    assertThat(first.progress()).isEqualTo("35.5");
    assertThat(first.numbers()).isEqualTo(10);
    assertThat(first.called()).isZero();
    assertThat(first.type().get()).isEqualTo(TaskType.AI_AGENT);
    assertThat(first.createdTime().get()).isEqualTo(Instant.parse("2024-06-04T06:49:36Z"));
    assertThat(first.agentId()).isEmpty();
    GroupCallTask second = page.records().get(1);
    assertThat(second.id()).isEqualTo(TaskId.of(9));
    assertThat(second.status()).isEqualTo(TaskStatus.CANCELLED);
    assertThat(second.createdTime()).isEmpty();
    assertThat(page.total()).as("total from the records when absent").isEqualTo(2);
    assertThat(page.size()).as("size from the request when absent").isEqualTo(10);
  }

  @Test
  @DisplayName("a task answer with a bad value is MalformedResponse naming the field and value")
  void badTaskValues() {
    server.enqueue(HttpFixtures.json("{\"code\":0,\"msg\":\"success\",\"data\":{\"records\":[{\"taskId\":1,\"taskName\":\"a\",\"status\":1,"
        + "\"createdTime\":\"yesterday\"}]}}"));
    server.enqueue(HttpFixtures.json("{\"code\":0,\"msg\":\"success\",\"data\":{\"records\":[{\"taskId\":-3,\"taskName\":\"a\",\"status\":1}]}}"));
    server.enqueue(HttpFixtures.json("{\"code\":0,\"msg\":\"success\",\"data\":{\"records\":[null]}}"));
    server.enqueue(HttpFixtures.json("{\"code\":0,\"msg\":\"success\",\"data\":[]}"));
    TaskQuery query = TaskQuery.within(TimeRange.between(Instant.EPOCH, Instant.EPOCH), 10);

    assertThat(gateway.queryTasks(query).getLeft()).isInstanceOfSatisfying(GatewayFailure.MalformedResponse.class,
        failure -> assertThat(failure.reason()).contains("records[0].createdTime 'yesterday'"));
    assertThat(gateway.queryTasks(query).getLeft()).isInstanceOfSatisfying(GatewayFailure.MalformedResponse.class,
        failure -> assertThat(failure.reason()).contains("records[0].taskId -3 is not a positive id"));
    assertThat(gateway.queryTasks(query).getLeft()).isInstanceOfSatisfying(GatewayFailure.MalformedResponse.class,
        failure -> assertThat(failure.reason()).contains("records[0] is null"));
    assertThat(gateway.queryTasks(query).getLeft()).isInstanceOfSatisfying(GatewayFailure.MalformedResponse.class,
        failure -> assertThat(failure.reason()).contains("$.data"));
  }

  @Test
  @DisplayName("the prefix of each task endpoint is configurable: the pages without /v3")
  void prefixes() throws Exception {
    HttpGroupCallGateway plain = new HttpGroupCallGateway(HttpFixtures.transport(
        HttpFixtures.config(server, time).pathPrefixForAll("").build(), time));
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_CREATE_ANSWER));
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_QUERY_ANSWER));

    plain.launch(HttpFixtures.seedCampaign());
    plain.queryTasks(TaskQuery.within(TimeRange.between(Instant.EPOCH, Instant.EPOCH), 10));

    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/voice/group/call/send/agent");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/voice/group/call/query");
  }
}
