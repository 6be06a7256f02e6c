package io.voicecampaign.application.service.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.port.out.RecallFlowGateway;
import io.voicecampaign.application.testing.GatewayFailureFixtures;
import io.voicecampaign.domain.fixtures.RecallFlowFixtures;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.shared.Done;
import io.voicecampaign.domain.shared.PlatformCode;
import io.vavr.control.Either;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A recall cancel with an unknown outcome is settled by reading the flow, never re-sent blindly")
class SettledCancelTest {

  private final RecallFlowGateway gateway = mock(RecallFlowGateway.class);
  private final RecallFlow pending = RecallFlowFixtures.pending(12);
  private final RecallCancellation whole = new RecallCancellation.WholeFlow(pending.id());

  @Test
  @DisplayName("unavailable, then the flow reads CANCELLED: done, sent once")
  void appliedDespiteLostAnswer() {
    when(gateway.cancelFlow(whole)).thenReturn(Either.left(GatewayFailureFixtures.unavailable()));
    when(gateway.flowDetail(pending.id())).thenReturn(Either.right(pending.cancel().get()));

    assertThat(new SettledCancel(gateway).cancel(pending.id(), whole)).isEqualTo(Either.right(Done.DONE));
    verify(gateway, times(1)).cancelFlow(any());
  }

  @Test
  @DisplayName("unavailable, then the flow still reads PENDING: sent again, done")
  void notAppliedResent() {
    when(gateway.cancelFlow(whole)).thenReturn(Either.left(GatewayFailureFixtures.unavailable()), Either.right(Done.DONE));
    when(gateway.flowDetail(pending.id())).thenReturn(Either.right(pending));

    assertThat(new SettledCancel(gateway).cancel(pending.id(), whole)).isEqualTo(Either.right(Done.DONE));
    verify(gateway, times(2)).cancelFlow(any());
  }

  @Test
  @DisplayName("a cancel from a node is applied when that node and every later one are no longer pending")
  void fromNode() {
    RecallFlow running = RecallFlowFixtures.firstAttemptRunning(12);
    RecallCancellation fromSecond = new RecallCancellation.FromNode(RecallFlowFixtures.node(running, 2).id());
    when(gateway.cancelFlow(fromSecond)).thenReturn(Either.left(new GatewayFailure.OutcomeUnknown("reset")));
    when(gateway.flowDetail(running.id())).thenReturn(Either.right(running.apply(fromSecond).get()));

    assertThat(new SettledCancel(gateway).cancel(running.id(), fromSecond)).isEqualTo(Either.right(Done.DONE));
    assertThat(running.shows(fromSecond)).isFalse();
    verify(gateway, times(1)).cancelFlow(any());
  }

  @Test
  @DisplayName("a refusal is returned as it is: nothing read, nothing re-sent")
  void refusal() {
    GatewayFailure refused = GatewayFailureFixtures.rejected(PlatformCode.PARAMETER_EXCEPTION);
    when(gateway.cancelFlow(whole)).thenReturn(Either.left(refused));

    assertThat(new SettledCancel(gateway).cancel(pending.id(), whole)).isEqualTo(Either.left(refused));
    verify(gateway, never()).flowDetail(any());
  }

  @Test
  @DisplayName("unknown every time: at most 3 cancels, then the last failure; a failed read ends it with the cancel's failure")
  void bounded() {
    GatewayFailure unavailable = GatewayFailureFixtures.unavailable();
    when(gateway.cancelFlow(whole)).thenReturn(Either.left(unavailable));
    when(gateway.flowDetail(pending.id())).thenReturn(Either.right(pending));

    assertThat(new SettledCancel(gateway).cancel(pending.id(), whole)).isEqualTo(Either.left(unavailable));
    verify(gateway, times(SettledCancel.MAX_SENDS)).cancelFlow(any());

    RecallFlowGateway unreadable = mock(RecallFlowGateway.class);
    when(unreadable.cancelFlow(whole)).thenReturn(Either.left(unavailable));
    when(unreadable.flowDetail(pending.id())).thenReturn(Either.left(GatewayFailureFixtures.unauthorized()));
    assertThat(new SettledCancel(unreadable).cancel(pending.id(), whole)).isEqualTo(Either.left(unavailable));
    verify(unreadable, times(1)).cancelFlow(any());
  }
}
