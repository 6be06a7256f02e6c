package io.voicecampaign.application.port.out;

import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.shared.Done;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

/**
 * The platform's AI-agent group-call tasks. Implementations are thread-safe and never throw for a
 * platform, network or parsing problem: every such outcome is a {@link GatewayFailure}.
 */
public interface GroupCallGateway {

  /**
   * Sends the campaign's create (its task, with its recall flow when it has a plan); re-sends it only
   * when the platform provably did not act on it, never blindly. Whether a create with an unknown
   * outcome made the task is settled by the caller, through the name's uniqueness and
   * {@link #queryTasks}.
   *
   * @return the new task's id; {@link GatewayFailure.Rejected} with -41 when the name is taken, -37 at
   *     the concurrent-task limit, -22 for a bad parameter; {@link GatewayFailure.OutcomeUnknown},
   *     {@link GatewayFailure.TimedOut} or {@link GatewayFailure.Unavailable} when the platform may or
   *     may not have made the task
   */
  Either<GatewayFailure, TaskId> launch(AgentCampaign campaign);

  /** One page of the tasks matching {@code query}, newest first. */
  Either<GatewayFailure, Page<GroupCallTask>> queryTasks(TaskQuery query);

  /**
   * Cancels the tasks with these ids.
   *
   * @param ids one or more task ids
   */
  Either<GatewayFailure, Done> cancelTasks(Seq<TaskId> ids);
}
