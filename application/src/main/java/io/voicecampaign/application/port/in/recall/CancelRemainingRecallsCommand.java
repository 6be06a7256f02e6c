package io.voicecampaign.application.port.in.recall;

import io.voicecampaign.domain.recall.RecallFlowId;
import java.util.Objects;

/**
 * Stop every recall attempt of a flow that has not started.
 *
 * @param flowId the flow
 */
public record CancelRemainingRecallsCommand(RecallFlowId flowId) {
  public CancelRemainingRecallsCommand {
    Objects.requireNonNull(flowId, "flowId == null");
  }
}
