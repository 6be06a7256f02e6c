package io.voicecampaign.domain.recall;

import io.voicecampaign.domain.task.TaskId;
import java.util.Objects;

/**
 * What a recall-flow cancel asks the platform for ({@code {"type": n, "id": id}}).
 */
public sealed interface RecallCancellation {

  /** The platform's cancellation type: 1 by flow, 2 by parent task, 3 from a node on. */
  int type();

  /** The id the type takes. */
  long id();

  /**
   * Type 1: the whole flow, by its id. Allowed only while the flow is pending.
   *
   * @param flowId the flow
   */
  record WholeFlow(RecallFlowId flowId) implements RecallCancellation {
    public WholeFlow {
      Objects.requireNonNull(flowId, "flowId == null");
    }

    @Override
    public int type() {
      return 1;
    }

    @Override
    public long id() {
      return flowId.value();
    }
  }

  /**
   * Type 2: the whole flow, by its parent task's id. Allowed only while the flow is pending.
   *
   * @param parentTask the task that owns the flow
   */
  record WholeFlowOfTask(TaskId parentTask) implements RecallCancellation {
    public WholeFlowOfTask {
      Objects.requireNonNull(parentTask, "parentTask == null");
    }

    @Override
    public int type() {
      return 2;
    }

    @Override
    public long id() {
      return parentTask.value();
    }
  }

  /**
   * Type 3: one node and every later node. Allowed only while that node is pending.
   *
   * @param nodeId the first node to cancel
   */
  record FromNode(RecallNodeId nodeId) implements RecallCancellation {
    public FromNode {
      Objects.requireNonNull(nodeId, "nodeId == null");
    }

    @Override
    public int type() {
      return 3;
    }

    @Override
    public long id() {
      return nodeId.value();
    }
  }
}
