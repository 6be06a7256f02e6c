package io.voicecampaign.application.service.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.recall.CancelRemainingRecallsCommand;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.testing.GatewayFailureFixtures;
import io.voicecampaign.domain.fixtures.RecallFlowFixtures;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallRejection;
import io.voicecampaign.domain.recall.RecallStatus;
import io.voicecampaign.domain.shared.PlatformCode;
import io.vavr.control.Either;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Cancelling the remaining recalls")
class CancelRemainingRecallsServiceTest {

  @Test
  @DisplayName("cancels a pending flow whole and answers that cancellation")
  void pendingFlowWhole() {
    RecallFlow pending = RecallFlowFixtures.pending(12);
    FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(pending);

    Either<Failure, RecallCancellation> cancelled = new CancelRemainingRecallsService(gateway).cancelRemaining(new CancelRemainingRecallsCommand(pending.id()));

    RecallCancellation whole = new RecallCancellation.WholeFlow(pending.id());
    assertThat(cancelled).isEqualTo(Either.right(whole));
    assertThat(gateway.cancels()).containsExactly(whole);
    assertThat(gateway.flow(pending.id()).get().status()).isEqualTo(RecallStatus.CANCELLED);
  }

  @Test
  @DisplayName("cancels a flow in progress from its next pending node, leaving the running attempt alone")
  void inProgressFromNextPendingNode() {
    RecallFlow running = RecallFlowFixtures.secondAttemptRunning(12);
    FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(running);

    Either<Failure, RecallCancellation> cancelled = new CancelRemainingRecallsService(gateway).cancelRemaining(new CancelRemainingRecallsCommand(running.id()));

    RecallCancellation fromThird = new RecallCancellation.FromNode(RecallFlowFixtures.node(running, 3).id());
    assertThat(cancelled).isEqualTo(Either.right(fromThird));
    assertThat(gateway.cancels()).containsExactly(fromThird);
    RecallFlow after = gateway.flow(running.id()).get();
    assertThat(after.nodes().map(n -> n.status()))
        .containsExactly(RecallStatus.COMPLETED, RecallStatus.IN_PROGRESS, RecallStatus.CANCELLED);
  }

  @Test
  @DisplayName("refuses when the last attempt is already running, and sends nothing")
  void nothingPendingLeft() {
    RecallFlow lastRunning = RecallFlowFixtures.lastAttemptRunning(12);
    FakeRecallFlowGateway gateway = spy(new FakeRecallFlowGateway(lastRunning));

    Either<Failure, RecallCancellation> cancelled = new CancelRemainingRecallsService(gateway).cancelRemaining(new CancelRemainingRecallsCommand(lastRunning.id()));

    assertThat(cancelled).isEqualTo(Either.left(new Failure.RecallRefused(
        new RecallRejection.NothingLeftToCancel(lastRunning.id(), RecallStatus.IN_PROGRESS))));
    verify(gateway, never()).cancelFlow(any());
  }

  @Test
  @DisplayName("refuses a finished flow, and sends nothing")
  void finishedFlow() {
    RecallFlow completed = RecallFlowFixtures.completed(12);
    FakeRecallFlowGateway gateway = spy(new FakeRecallFlowGateway(completed));

    Either<Failure, RecallCancellation> cancelled = new CancelRemainingRecallsService(gateway).cancelRemaining(new CancelRemainingRecallsCommand(completed.id()));

    assertThat(cancelled).isEqualTo(Either.left(new Failure.RecallRefused(
        new RecallRejection.NothingLeftToCancel(completed.id(), RecallStatus.COMPLETED))));
    verify(gateway, never()).cancelFlow(any());
  }

  @Test
  @DisplayName("a failed read comes back as a gateway failure, and nothing is sent")
  void readFails() {
    GatewayFailure refused = GatewayFailureFixtures.unauthorized();
    FakeRecallFlowGateway gateway = spy(new FakeRecallFlowGateway(RecallFlowFixtures.pending(12)).failNextDetail(refused));

    assertThat(new CancelRemainingRecallsService(gateway).cancelRemaining(new CancelRemainingRecallsCommand(RecallFlowFixtures.pending(12).id())))
        .isEqualTo(Either.left(new Failure.Gateway(refused)));
    verify(gateway, never()).cancelFlow(any());
  }

  @Test
  @DisplayName("the platform's refusal of the cancel comes back as a gateway failure")
  void platformRefuses() {
    GatewayFailure refused = GatewayFailureFixtures.rejected(PlatformCode.PARAMETER_EXCEPTION);
    RecallFlow pending = RecallFlowFixtures.pending(12);
    FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(pending).failNextCancel(refused);

    assertThat(new CancelRemainingRecallsService(gateway).cancelRemaining(new CancelRemainingRecallsCommand(pending.id())))
        .isEqualTo(Either.left(new Failure.Gateway(refused)));
  }
}
