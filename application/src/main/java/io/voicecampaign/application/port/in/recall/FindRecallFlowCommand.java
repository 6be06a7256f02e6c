package io.voicecampaign.application.port.in.recall;

import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.TaskId;
import java.util.Objects;

/**
 * Find the recall flow of a task.
 *
 * @param parentTask    the task that owns the flow
 * @param createdWithin the range in which the flow was created (the platform requires one)
 */
public record FindRecallFlowCommand(TaskId parentTask, TimeRange createdWithin) {
  public FindRecallFlowCommand {
    Objects.requireNonNull(parentTask, "parentTask == null");
    Objects.requireNonNull(createdWithin, "createdWithin == null");
  }
}
