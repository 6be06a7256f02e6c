package io.voicecampaign.application.port.in.recall;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.domain.recall.RecallFlow;
import io.vavr.control.Either;

/** Edits a recall flow, which the platform allows only while the flow is pending. */
public interface EditRecallFlowUseCase {

  /**
   * Checks that the flow is pending, then sends the edit.
   *
   * @return the flow as read after the edit; {@link Failure.RecallRefused} when it is not pending
   *     (nothing sent)
   */
  Either<Failure, RecallFlow> edit(EditRecallFlowCommand command);
}
