package io.voicecampaign.application.port.in.recall;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.domain.shared.Done;
import io.vavr.control.Either;

/**
 * Cancels a recall flow. The platform allows a whole-flow cancel only while the flow is pending and a
 * cancel from a node only while that node is pending; the use case checks that first when it can
 * read the flow, and sends nothing when the rule refuses.
 */
public interface CancelRecallFlowUseCase {

  /** Checks the rule, then cancels; {@link Failure.RecallRefused} when the rule refuses. */
  Either<Failure, Done> cancel(CancelRecallFlowCommand command);
}
