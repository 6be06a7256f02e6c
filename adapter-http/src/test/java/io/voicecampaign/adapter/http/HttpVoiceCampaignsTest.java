package io.voicecampaign.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.application.VoiceCampaigns;
import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.recall.GetRecallFlowCommand;
import io.voicecampaign.application.port.in.task.LaunchCampaignCommand;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.testing.VirtualClock;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.control.Either;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("HttpVoiceCampaigns wires every use case to the platform over HTTP")
class HttpVoiceCampaignsTest {

  @StartStop
  final MockWebServer server = HttpFixtures.server();

  private final VirtualClock time = HttpFixtures.seedTime();

  @Test
  @DisplayName("the component's use cases reach the platform through the HTTP gateways")
  void useCasesGoOverHttp() throws Exception {
    HttpConfig config = HttpFixtures.config(server, time).build();
    VoiceCampaigns campaigns = HttpVoiceCampaigns.create(config, time);
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_CREATE_ANSWER));
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_RECALL_DETAIL_ANSWER));

    Either<Failure, TaskId> launched = campaigns.launchCampaign().launch(new LaunchCampaignCommand(HttpFixtures.seedCampaign()));
    Either<Failure, RecallFlow> flow = campaigns.getRecallFlow().get(new GetRecallFlowCommand(RecallFlowId.of(1)));

    assertThat(launched).isEqualTo(Either.right(TaskId.of(123123)));
    assertThat(flow.get().nodes()).hasSize(1);
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v3/voice/group/call/send/agent");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/voice/recallFlow/queryDetail");
  }

  @Test
  @DisplayName("a platform refusal reaches the use case's caller as a typed gateway failure")
  void failuresAreTyped() {
    VoiceCampaigns campaigns = HttpVoiceCampaigns.create(HttpFixtures.config(server, time).build(), time);
    server.enqueue(HttpFixtures.code(-2, "IP limit"));

    Either<Failure, RecallFlow> flow = campaigns.getRecallFlow().get(new GetRecallFlowCommand(RecallFlowId.of(1)));

    assertThat(flow.getLeft()).isInstanceOfSatisfying(Failure.Gateway.class,
        gateway -> assertThat(gateway.cause()).isInstanceOf(GatewayFailure.IpNotAllowed.class));
  }

  @Test
  @DisplayName("the gateways can be had without the use cases, sharing one transport")
  void gatewaysAlone() throws Exception {
    HttpGateways gateways = HttpVoiceCampaigns.gateways(HttpFixtures.config(server, time).build(), time);
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_CANCEL_ANSWER));

    assertThat(gateways.recallFlows().cancelFlow(new RecallCancellation.WholeFlow(RecallFlowId.of(12))).isRight()).isTrue();
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"type\":1,\"id\":12}");
  }
}
