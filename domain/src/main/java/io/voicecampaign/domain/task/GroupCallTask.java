package io.voicecampaign.domain.task;

import io.voicecampaign.domain.shared.AgentId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A group-call task as the platform reports it. The platform owns this state; the SDK only reads it,
 * so unknown statuses and types are kept rather than refused.
 *
 * @param id          the task id ({@code taskId} / {@code jobId})
 * @param name        the task name as stored by the platform
 * @param status      the task's status
 * @param type        the task type, when the platform reports it
 * @param progress    the platform's progress text ({@code rate}), e.g. "35" or "35.5%"; empty when absent
 * @param numbers     how many numbers the task holds ({@code numCnt})
 * @param called      how many have been called ({@code callNum})
 * @param success     successful calls
 * @param fail        failed calls
 * @param createdTime when the task was created, when reported
 * @param agentId     the agent (template) the task runs ({@code scriptId}), when reported
 */
public record GroupCallTask(
    TaskId id,
    String name,
    TaskStatus status,
    Option<TaskType> type,
    String progress,
    long numbers,
    long called,
    long success,
    long fail,
    Option<Instant> createdTime,
    Option<AgentId> agentId) {

  public GroupCallTask {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(progress, "progress == null");
    Objects.requireNonNull(createdTime, "createdTime == null");
    Objects.requireNonNull(agentId, "agentId == null");
  }

  /** True when the task will not change any more. */
  public boolean isTerminal() {
    return status.isTerminal();
  }
}
