package io.voicecampaign.application.port.in.task;

import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskName;
import java.time.Duration;
import java.util.Objects;

/**
 * Wait until a task is final (finished, cancelled or failed to submit). The platform lists tasks by
 * creation time and name, not by id, so the command names the task and a range around its creation.
 *
 * @param taskId        the task
 * @param name          its name, which narrows the list to it
 * @param createdWithin a range holding its creation time
 * @param timeout       how long to wait in all
 * @param firstDelay    the first pause between polls; each later pause doubles, up to {@code maxDelay}
 * @param maxDelay      the longest pause between polls
 */
public record AwaitTaskCommand(TaskId taskId, TaskName name, TimeRange createdWithin, Duration timeout, Duration firstDelay,
    Duration maxDelay) {
  public AwaitTaskCommand {
    Objects.requireNonNull(taskId, "taskId == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(createdWithin, "createdWithin == null");
    Objects.requireNonNull(timeout, "timeout == null");
    Objects.requireNonNull(firstDelay, "firstDelay == null");
    Objects.requireNonNull(maxDelay, "maxDelay == null");
    if (timeout.isNegative() || firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("need timeout >= 0, firstDelay > 0 and maxDelay >= firstDelay");
    }
  }

  /** Wait up to {@code timeout}, polling after 5 s, then 10 s, ... at most every 5 minutes, as the recall-flow waiter does. */
  public static AwaitTaskCommand of(TaskId taskId, TaskName name, TimeRange createdWithin, Duration timeout) {
    return new AwaitTaskCommand(taskId, name, createdWithin, timeout, Duration.ofSeconds(5), Duration.ofMinutes(5));
  }
}
