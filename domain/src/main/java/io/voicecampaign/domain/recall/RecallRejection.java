package io.voicecampaign.domain.recall;

/**
 * Why a recall-flow rule refused an operation before anything was sent. Each variant carries what
 * the caller needs to explain or react; {@link #message()} says it in a sentence.
 */
public sealed interface RecallRejection {

  /** A sentence naming the flow, the state found and the rule. */
  String message();

  /**
   * The whole flow may be cancelled or edited only while it is pending.
   *
   * @param flowId    the flow
   * @param status    its status
   * @param operation what was refused ("cancel", "edit")
   */
  record FlowNotPending(RecallFlowId flowId, RecallStatus status, String operation) implements RecallRejection {
    @Override
    public String message() {
      String done = "cancel".equals(operation) ? "cancelled" : operation + "ed";
      return "cannot " + operation + " recall flow " + flowId + ": it is " + status + " and only a PENDING flow may be " + done;
    }
  }

  /**
   * Cancelling from a node is allowed only while that node is pending.
   *
   * @param flowId the flow
   * @param nodeId the node
   * @param status the node's status
   */
  record NodeNotPending(RecallFlowId flowId, RecallNodeId nodeId, RecallStatus status) implements RecallRejection {
    @Override
    public String message() {
      return "cannot cancel recall flow " + flowId + " from node " + nodeId + ": the node is " + status + " and only a PENDING node may be cancelled";
    }
  }

  /**
   * The flow has no node with this id.
   *
   * @param flowId the flow
   * @param nodeId the node asked for
   */
  record NodeNotFound(RecallFlowId flowId, RecallNodeId nodeId) implements RecallRejection {
    @Override
    public String message() {
      return "recall flow " + flowId + " has no node " + nodeId;
    }
  }

  /**
   * Nothing is left to cancel: the flow is over, or no later attempt is pending.
   *
   * @param flowId the flow
   * @param status its status
   */
  record NothingLeftToCancel(RecallFlowId flowId, RecallStatus status) implements RecallRejection {
    @Override
    public String message() {
      return "recall flow " + flowId + " is " + status + " and has no pending attempt left to cancel";
    }
  }

  /**
   * A status change the state rules forbid.
   *
   * @param subject what was to move ("recall flow 12", "node 1427")
   * @param from    its status
   * @param to      the status asked for
   */
  record IllegalTransition(String subject, RecallStatus from, RecallStatus to) implements RecallRejection {
    @Override
    public String message() {
      return subject + " cannot move from " + from + " to " + to;
    }
  }
}
