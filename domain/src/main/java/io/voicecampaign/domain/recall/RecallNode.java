package io.voicecampaign.domain.recall;

import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * One recall attempt of a flow ({@code nodeList[]}): its id, the child task it ran or will run, its
 * status and its agent.
 *
 * @param id        the node's primary key ({@code keyId}), the id a cancel-from-node takes
 * @param childTask the task this attempt ran or will run ({@code taskId}), when known
 * @param status    the node's status ({@code nodeStatus})
 * @param agentId   the agent of this attempt ({@code scriptId}), when reported
 */
public record RecallNode(RecallNodeId id, Option<TaskId> childTask, RecallStatus status, Option<AgentId> agentId) {

  public RecallNode {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(childTask, "childTask == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(agentId, "agentId == null");
  }

  /** True while the node has not started. */
  public boolean isPending() {
    return status.equals(RecallStatus.PENDING);
  }

  RecallNode withStatus(RecallStatus next) {
    return new RecallNode(id, childTask, next, agentId);
  }

  RecallNode withChildTask(TaskId task) {
    return new RecallNode(id, Option.of(task), status, agentId);
  }
}
