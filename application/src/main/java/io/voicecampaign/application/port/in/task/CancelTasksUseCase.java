package io.voicecampaign.application.port.in.task;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.domain.shared.Done;
import io.vavr.control.Either;

/** Cancels group-call tasks. */
public interface CancelTasksUseCase {

  /** Cancels the tasks; the platform's answer decides (e.g. -24 for an unknown id). */
  Either<Failure, Done> cancel(CancelTasksCommand command);
}
