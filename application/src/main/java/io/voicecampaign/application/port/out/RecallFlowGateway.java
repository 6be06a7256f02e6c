package io.voicecampaign.application.port.out;

import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.recall.RecallFlowQuery;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.shared.Done;
import io.voicecampaign.domain.shared.Page;
import io.vavr.control.Either;

/**
 * The platform's automatic recall flows. Implementations are thread-safe and never throw for a
 * platform, network or parsing problem: every such outcome is a {@link GatewayFailure}.
 */
public interface RecallFlowGateway {

  /** One page of flows matching {@code query}; the flows carry their parent task but no nodes. */
  Either<GatewayFailure, Page<RecallFlow>> queryFlows(RecallFlowQuery query);

  /**
   * One flow with its nodes; the parent task is not reported by the platform here.
   *
   * @return the flow, or a failure ({@link GatewayFailure.Rejected} -22 / -24 when there is no such flow)
   */
  Either<GatewayFailure, RecallFlow> flowDetail(RecallFlowId id);

  /**
   * Replaces a pending flow's plan. The platform refuses (-22) when the flow is not pending.
   *
   * @param plan the new plan, naming one agent per attempt; one naming none is refused as
   *     {@link GatewayFailure.InvalidRequest} before anything is sent
   */
  Either<GatewayFailure, Done> editFlow(RecallFlowId id, RecallPlan plan);

  /** Cancels a whole pending flow (by flow or by parent task) or one pending node and its successors. */
  Either<GatewayFailure, Done> cancelFlow(RecallCancellation cancellation);
}
