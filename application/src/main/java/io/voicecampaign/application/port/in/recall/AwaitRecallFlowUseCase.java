package io.voicecampaign.application.port.in.recall;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.domain.recall.RecallFlow;
import io.vavr.control.Either;

/** Waits for a recall flow to reach a final status, polling with backoff up to a deadline. */
public interface AwaitRecallFlowUseCase {

  /**
   * Polls the flow until it is completed, cancelled or failed.
   *
   * @return the final flow; {@link Failure.DeadlineExceeded} when the timeout passes first
   */
  Either<Failure, RecallFlow> await(AwaitRecallFlowCommand command);
}
