package io.voicecampaign.application.port.in.recall;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.domain.recall.RecallFlow;
import io.vavr.control.Either;

/** Reads one recall flow with its nodes. */
public interface GetRecallFlowUseCase {

  /** The flow with its nodes, or the platform's failure. */
  Either<Failure, RecallFlow> get(GetRecallFlowCommand command);
}
