package io.voicecampaign.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.application.testing.VirtualClock;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.recall.RecallFlowQuery;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.vavr.collection.List;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Every endpoint sends the seed pages' four headers, signed")
class SignedHeadersTest {

  @StartStop
  final MockWebServer server = HttpFixtures.server();

  private final VirtualClock time = HttpFixtures.seedTime();

  @Test
  @DisplayName("POST with Content-Type, Api-Key, Timestamp and Sign exactly as in the vendor's example")
  void everyEndpoint() throws InterruptedException {
    HttpGateways gateways = HttpVoiceCampaigns.gateways(HttpFixtures.config(server, time).build(), time);
    TimeRange range = TimeRange.between(Instant.EPOCH, Instant.EPOCH.plusSeconds(60));
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_CREATE_ANSWER));
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_QUERY_ANSWER));
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_CANCEL_ANSWER));
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_RECALL_PAGE_ANSWER));
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_RECALL_DETAIL_ANSWER));
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_CANCEL_ANSWER));
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_CANCEL_ANSWER));

    assertThat(gateways.groupCalls().launch(HttpFixtures.seedCampaign()).isRight()).isTrue();
    assertThat(gateways.groupCalls().queryTasks(TaskQuery.within(range, 10)).isRight()).isTrue();
    assertThat(gateways.groupCalls().cancelTasks(List.of(TaskId.of(1))).isRight()).isTrue();
    assertThat(gateways.recallFlows().queryFlows(RecallFlowQuery.within(range, 10)).isRight()).isTrue();
    assertThat(gateways.recallFlows().flowDetail(RecallFlowId.of(1)).isRight()).isTrue();
    assertThat(gateways.recallFlows().editFlow(RecallFlowId.of(1),
        RecallPlan.builder().type(RecallType.ALL).intervalMinutes(30).attempts(1).agents(41).build().get()).isRight()).isTrue();
    assertThat(gateways.recallFlows().cancelFlow(new RecallCancellation.WholeFlow(RecallFlowId.of(1))).isRight()).isTrue();

    for (int i = 0; i < 7; i++) {
      RecordedRequest request = server.takeRequest();
      assertThat(request.getMethod()).isEqualTo("POST");
      assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json;charset=UTF-8");
      assertThat(request.getHeaders().get("Api-Key")).isEqualTo("bDqJFiq9");
      assertThat(request.getHeaders().get("Timestamp")).isEqualTo("1630468800");
      assertThat(request.getHeaders().get("Sign")).isEqualTo("05d7a50893e22a5c4bb3216ae3396c7c");
      assertThat(request.getHeaders().values("Sign")).hasSize(1);
    }
  }
}
