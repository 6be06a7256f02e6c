package io.voicecampaign.application.port.in.task;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.control.Either;

/** Launches an AI-agent group-call campaign, with its recall flow when it has a plan. */
public interface LaunchCampaignUseCase {

  /**
   * Creates the campaign's task exactly once.
   *
   * @return the new task's id; {@link Failure.InvalidInput} when the send time has passed;
   *     {@link Failure.Gateway} when the platform refuses (-41 name taken, -37 too many tasks, ...) or
   *     the outcome is unknown
   */
  Either<Failure, TaskId> launch(LaunchCampaignCommand command);
}
