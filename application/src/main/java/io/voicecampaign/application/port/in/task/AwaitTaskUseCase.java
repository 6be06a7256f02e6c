package io.voicecampaign.application.port.in.task;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.domain.task.GroupCallTask;
import io.vavr.control.Either;

/** Waits for a task to be final, polling the task list with backoff up to a deadline. */
public interface AwaitTaskUseCase {

  /**
   * Polls the task until it is finished, cancelled or failed to submit.
   *
   * @return the final task; {@link Failure.DeadlineExceeded} when the timeout passes first (also while
   *     the platform does not list the task)
   */
  Either<Failure, GroupCallTask> await(AwaitTaskCommand command);
}
