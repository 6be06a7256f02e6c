package io.voicecampaign.application.port.in.recall;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.vavr.control.Either;

/**
 * Stops every recall attempt that has not started: the whole flow while it is pending, otherwise from
 * its next pending node on.
 */
public interface CancelRemainingRecallsUseCase {

  /**
   * Reads the flow, picks the cancellation the rules allow and sends it.
   *
   * @return the cancellation sent; {@link Failure.RecallRefused} when nothing is left to cancel
   */
  Either<Failure, RecallCancellation> cancelRemaining(CancelRemainingRecallsCommand command);
}
