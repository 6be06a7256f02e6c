package io.voicecampaign.application.service.recall;

import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.port.out.RecallFlowGateway;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.shared.Done;
import io.vavr.control.Either;

/**
 * Sends a recall-flow cancel and settles an unknown outcome by reading the flow: a cancel whose
 * answer was lost, timed out or met an unavailable platform is done when the flow shows it applied
 * ({@link RecallFlow#shows}), and is sent again, up to {@link #MAX_SENDS} in all, only when the flow
 * shows it was not. A cancel is never repeated without that read.
 */
final class SettledCancel {

  /** Cancels sent at most for one request. */
  static final int MAX_SENDS = 3;

  private final RecallFlowGateway gateway;

  SettledCancel(RecallFlowGateway gateway) {
    this.gateway = gateway;
  }

  /** Cancels {@code cancellation} of flow {@code flowId}. */
  Either<GatewayFailure, Done> cancel(RecallFlowId flowId, RecallCancellation cancellation) {
    for (int send = 1; ; send++) {
      Either<GatewayFailure, Done> sent = gateway.cancelFlow(cancellation);
      if (sent.isRight() || !sent.getLeft().mayHaveActed() || send == MAX_SENDS) {
        return sent;
      }
      Either<GatewayFailure, RecallFlow> read = gateway.flowDetail(flowId);
      if (read.isLeft()) {
        return sent;
      }
      if (read.get().shows(cancellation)) {
        return Either.right(Done.DONE);
      }
    }
  }
}
