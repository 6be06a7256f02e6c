package io.voicecampaign.adapter.http.task;

import static io.voicecampaign.adapter.http.HttpFixtures.JSON;
import static io.voicecampaign.adapter.http.HttpFixtures.SEED_CREATE_BODY;
import static io.voicecampaign.adapter.http.HttpFixtures.SEED_SIGN;
import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.http.HttpFixtures;
import io.voicecampaign.adapter.http.VirtualTime;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.shared.Done;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.voicecampaign.domain.task.TaskStatus;
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
  final MockWebServer server = new MockWebServer();

  private final VirtualTime time = HttpFixtures.seedTime();
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
  @DisplayName("a task query nests its filters in params, sends taskType 3 and reads the seed answer")
  void queryMatchesTheSeedPage() throws Exception {
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_QUERY_ANSWER));
    TaskQuery query = TaskQuery.within(TimeRange.between(Instant.parse("2023-12-31T16:00:00Z"), Instant.parse("2024-06-03T07:13:01Z")), 10);

    Either<GatewayFailure, Page<GroupCallTask>> page = gateway.queryTasks(query);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getRequestLine()).isEqualTo("POST /v3/voice/group/call/query HTTP/1.1");
    assertThat(request.getHeaders().get("Sign")).isEqualTo(SEED_SIGN);
    assertThat(request.getBody().utf8()).isEqualTo("{\"current\":1,\"size\":10,\"params\":{\"strTime\":\"2024-01-01 00:00:00\","
        + "\"endTime\":\"2024-06-03 15:13:01\",\"taskType\":3,\"statusList\":[]}}");
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
  @DisplayName("a cancel posts taskIdList without /v3 and accepts the E4 envelope")
  void cancelMatchesTheReference() throws Exception {
    server.enqueue(HttpFixtures.json("{\"code\":\"0\",\"msg\":\"success\",\"data\":null}"));

    Either<GatewayFailure, Done> done = gateway.cancelTasks(List.of(TaskId.of(123), TaskId.of(456)));

    assertThat(done).isEqualTo(Either.right(Done.DONE));
    RecordedRequest request = server.takeRequest();
    assertThat(request.getRequestLine()).isEqualTo("POST /voice/group/call/cancel HTTP/1.1");
    assertThat(request.getBody().utf8()).isEqualTo("{\"taskIdList\":[123,456]}");
  }
}
