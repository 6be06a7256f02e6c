package io.voicecampaign.application.port.in.recall;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.shared.Page;
import io.vavr.control.Either;
import java.util.stream.Stream;

/** Lists recall flows, one page or all of them. */
public interface ListRecallFlowsUseCase {

  /** The page the command asks for. */
  Either<Failure, Page<RecallFlow>> page(ListRecallFlowsCommand command);

  /**
   * Every matching flow as a lazy stream fetching pages on demand and holding one page at a time; a
   * failure is the last element. The stream can be consumed once.
   */
  Stream<Either<Failure, RecallFlow>> all(ListRecallFlowsCommand command);
}
