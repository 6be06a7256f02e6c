package io.voicecampaign.application.port.in.task;

import io.voicecampaign.domain.task.TaskId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * Cancel these tasks.
 *
 * @param taskIds one or more distinct task ids
 */
public record CancelTasksCommand(Seq<TaskId> taskIds) {
  public CancelTasksCommand {
    Objects.requireNonNull(taskIds, "taskIds == null");
    int nullAt = taskIds.indexOf(null);
    if (nullAt >= 0) {
      throw new NullPointerException("taskIds[" + nullAt + "] == null");
    }
    if (taskIds.isEmpty()) {
      throw new IllegalArgumentException("taskIds is empty: name at least one task to cancel");
    }
    taskIds = taskIds.distinct();
  }

  /** Cancel the given tasks. */
  public static CancelTasksCommand of(TaskId first, TaskId... more) {
    return new CancelTasksCommand(List.of(Objects.requireNonNull(more, "more == null")).prepend(first));
  }
}
