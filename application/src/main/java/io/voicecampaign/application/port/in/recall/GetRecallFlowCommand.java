package io.voicecampaign.application.port.in.recall;

import io.voicecampaign.domain.recall.RecallFlowId;
import java.util.Objects;

/**
 * Read one recall flow with its nodes.
 *
 * @param flowId the flow
 */
public record GetRecallFlowCommand(RecallFlowId flowId) {
  public GetRecallFlowCommand {
    Objects.requireNonNull(flowId, "flowId == null");
  }
}
