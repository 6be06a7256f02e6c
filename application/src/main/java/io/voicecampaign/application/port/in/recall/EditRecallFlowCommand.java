package io.voicecampaign.application.port.in.recall;

import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.recall.RecallPlan;
import java.util.Objects;

/**
 * Replace a pending flow's plan.
 *
 * @param flowId the flow
 * @param plan   the new plan; with no agents the platform keeps its nodes' agents
 */
public record EditRecallFlowCommand(RecallFlowId flowId, RecallPlan plan) {
  public EditRecallFlowCommand {
    Objects.requireNonNull(flowId, "flowId == null");
    Objects.requireNonNull(plan, "plan == null");
  }
}
