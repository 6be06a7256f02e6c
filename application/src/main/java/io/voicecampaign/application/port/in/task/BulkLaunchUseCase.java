package io.voicecampaign.application.port.in.task;

import io.voicecampaign.application.port.in.Failure;
import io.vavr.control.Either;

/**
 * Launches a campaign of any number of callees as tasks of at most 200,000 each, named
 * deterministically so that running the same launch again after a crash launches only the parts that
 * are missing. Every callee is checked before anything is sent.
 */
public interface BulkLaunchUseCase {

  /**
   * Checks the whole campaign, then launches its parts in order, waiting on the concurrent-task limit.
   *
   * @return what became of each part; {@link Failure.InvalidInput} naming every violation (callee paths
   *     carry the index in the whole list) when the campaign breaks a rule, and then nothing is sent
   */
  Either<Failure, BulkLaunchReport> launch(BulkLaunchCommand command);
}
