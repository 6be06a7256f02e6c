package io.voicecampaign.application.port.in.recall;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.domain.recall.RecallFlow;
import io.vavr.control.Either;

/**
 * Finds the recall flow of a task: the platform's list matches the parent task's id exactly in its
 * search box, and the result is checked to belong to that task.
 */
public interface FindRecallFlowUseCase {

  /** The flow (with its nodes), or {@link Failure.NotFound} when the task has none in the range. */
  Either<Failure, RecallFlow> find(FindRecallFlowCommand command);
}
