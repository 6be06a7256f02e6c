package io.voicecampaign.application.port.in.recall;

import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.recall.RecallNodeId;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Cancel a recall flow whole (by its id or its parent task) or from one of its nodes on.
 *
 * @param flowId       the flow, when known (required to cancel from a node, so its state can be checked)
 * @param cancellation what to cancel
 */
public record CancelRecallFlowCommand(Option<RecallFlowId> flowId, RecallCancellation cancellation) {
  public CancelRecallFlowCommand {
    Objects.requireNonNull(flowId, "flowId == null");
    Objects.requireNonNull(cancellation, "cancellation == null");
    if (cancellation instanceof RecallCancellation.FromNode && flowId.isEmpty()) {
      throw new IllegalArgumentException("cancelling from a node needs the flow id, to check the node's state first");
    }
  }

  /** Cancel the whole flow by its id (type 1). */
  public static CancelRecallFlowCommand wholeFlow(RecallFlowId flowId) {
    return new CancelRecallFlowCommand(Option.of(flowId), new RecallCancellation.WholeFlow(flowId));
  }

  /** Cancel the whole flow of a parent task (type 2). */
  public static CancelRecallFlowCommand wholeFlowOfTask(TaskId parentTask) {
    return new CancelRecallFlowCommand(Option.none(), new RecallCancellation.WholeFlowOfTask(parentTask));
  }

  /** Cancel one node of a flow and every later node (type 3). */
  public static CancelRecallFlowCommand fromNode(RecallFlowId flowId, RecallNodeId nodeId) {
    return new CancelRecallFlowCommand(Option.of(flowId), new RecallCancellation.FromNode(nodeId));
  }
}
