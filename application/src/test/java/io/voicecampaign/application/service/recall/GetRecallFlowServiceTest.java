package io.voicecampaign.application.service.recall;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.recall.GetRecallFlowCommand;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.testing.GatewayFailureFixtures;
import io.voicecampaign.domain.fixtures.RecallFlowFixtures;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.shared.PlatformCode;
import io.vavr.control.Either;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Getting a recall flow")
class GetRecallFlowServiceTest {

  private final RecallFlow flow = RecallFlowFixtures.secondAttemptRunning(12);
  private final FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(flow);
  private final GetRecallFlowService service = new GetRecallFlowService(gateway);

  @Test
  @DisplayName("answers the flow's detail with its nodes")
  void answersDetail() {
    assertThat(service.get(new GetRecallFlowCommand(flow.id()))).isEqualTo(Either.right(RecallFlowFixtures.asDetailed(flow)));
    assertThat(gateway.detailReads()).containsExactly(flow.id());
  }

  @Test
  @DisplayName("an unknown flow comes back as the platform's refusal")
  void unknownFlow() {
    Either<Failure, RecallFlow> read = service.get(new GetRecallFlowCommand(RecallFlowId.of(404)));

    assertThat(read.getLeft()).isInstanceOfSatisfying(Failure.Gateway.class, gateway ->
        assertThat(gateway.cause()).isInstanceOfSatisfying(GatewayFailure.Rejected.class, rejected ->
            assertThat(rejected.code()).isEqualTo(PlatformCode.DATA_NOT_FOUND)));
  }

  @Test
  @DisplayName("a transport failure comes back as a gateway failure")
  void transportFailure() {
    GatewayFailure timedOut = GatewayFailureFixtures.timedOut();
    gateway.failNextDetail(timedOut);

    assertThat(service.get(new GetRecallFlowCommand(flow.id()))).isEqualTo(Either.left(new Failure.Gateway(timedOut)));
  }
}
