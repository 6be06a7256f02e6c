package io.voicecampaign.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.application.VoiceCampaigns;
import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.recall.GetRecallFlowCommand;
import io.voicecampaign.application.port.in.report.ReceiveCallReportsCommand;
import io.voicecampaign.application.port.in.report.ReceiveCallReportsUseCase;
import io.voicecampaign.application.port.in.report.ReportAnswer;
import io.voicecampaign.application.port.in.task.LaunchCampaignCommand;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.testing.VirtualClock;
import io.voicecampaign.application.port.out.ReportClaim;
import io.voicecampaign.application.port.out.ReportLedger;
import io.voicecampaign.application.service.report.InMemoryReportLedger;
import io.voicecampaign.domain.report.CallReport;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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

  private static final byte[] PUSH = "[{\"voiceId\":\"V1\",\"answerTime\":\"20250817193022\"},{\"voiceId\":\"V2\"}]"
      .getBytes(StandardCharsets.UTF_8);

  @Test
  @DisplayName("receiveCallReports() is one receiver with one ledger per instance: a batch delivered again is duplicates")
  void reportReceiver() {
    HttpVoiceCampaigns campaigns = HttpVoiceCampaigns.create(HttpFixtures.config(server, time).build(), time);
    List<CallReport> handed = new ArrayList<>();

    ReportAnswer first = campaigns.receiveCallReports().receive(ReceiveCallReportsCommand.of(PUSH, r -> r.forEach(handed::add)));
    ReportAnswer again = campaigns.receiveCallReports().receive(ReceiveCallReportsCommand.of(PUSH, r -> r.forEach(handed::add)));
    ReportAnswer elsewhere = HttpVoiceCampaigns.create(HttpFixtures.config(server, time).build(), time)
        .receiveCallReports().receive(ReceiveCallReportsCommand.of(PUSH, reports -> { }));

    assertThat(first).isEqualTo(new ReportAnswer.Accepted(2, 0));
    assertThat(again).isEqualTo(new ReportAnswer.Accepted(0, 2));
    assertThat(elsewhere).as("another instance, its own ledger").isEqualTo(new ReportAnswer.Accepted(2, 0));
    assertThat(handed.get(0).answerTime()).containsExactly(Instant.parse("2025-08-17T11:30:22Z"));
  }

  @Test
  @DisplayName("the receiver reads times in the configured platform zone and takes the user's own ledger")
  void ownLedgerAndZone() {
    HttpVoiceCampaigns campaigns = HttpVoiceCampaigns.create(
        HttpFixtures.config(server, time).platformZone(ZoneOffset.UTC).build(), time);
    List<Set<String>> committed = new ArrayList<>();
    ReportLedger ledger = new ReportLedger() {
      @Override
      public ReportClaim claim(Set<String> voiceIds) {
        return ReportClaim.allClaimed(voiceIds);
      }

      @Override
      public void commit(Set<String> voiceIds) {
        committed.add(voiceIds);
      }

      @Override
      public void release(Set<String> voiceIds) {
        throw new AssertionError("nothing refused");
      }
    };
    List<CallReport> handed = new ArrayList<>();
    ReceiveCallReportsUseCase receiver = campaigns.receiveCallReports(ledger);

    assertThat(receiver.receive(ReceiveCallReportsCommand.of(PUSH, r -> r.forEach(handed::add))).accepted()).isTrue();
    assertThat(committed).hasSize(1);
    assertThat(committed.get(0)).containsExactlyInAnyOrder("V1", "V2");
    assertThat(handed.get(0).answerTime()).containsExactly(Instant.parse("2025-08-17T19:30:22Z"));
  }

  @Test
  @DisplayName("the gateways hand out the push body reader, one line from the receiver")
  void gatewaysDecodeReports() {
    try (HttpGateways gateways = HttpVoiceCampaigns.gateways(HttpFixtures.config(server, time).build(), time)) {
      ReceiveCallReportsUseCase receiver =
          new io.voicecampaign.application.service.report.ReceiveCallReportsService(gateways.callReports(), InMemoryReportLedger.create());

      assertThat(gateways.callReports().decode(PUSH).get()).hasSize(2);
      assertThat(receiver.receive(ReceiveCallReportsCommand.of(PUSH, reports -> { }))).isEqualTo(new ReportAnswer.Accepted(2, 0));
    }
  }
}
