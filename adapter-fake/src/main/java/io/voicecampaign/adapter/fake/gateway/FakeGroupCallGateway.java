package io.voicecampaign.adapter.fake.gateway;

import io.voicecampaign.adapter.fake.platform.SimulatedPlatform;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.shared.Done;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * {@link GroupCallGateway} served in process by a {@link SimulatedPlatform}. Refusals and injected
 * faults come back as the {@link GatewayFailure} the HTTP adapter would return for them; nothing is
 * thrown.
 */
public final class FakeGroupCallGateway implements GroupCallGateway {

  private final SimulatedPlatform platform;

  /** A gateway to {@code platform}. */
  public FakeGroupCallGateway(SimulatedPlatform platform) {
    this.platform = Objects.requireNonNull(platform, "platform == null");
  }

  @Override
  public Either<GatewayFailure, TaskId> launch(AgentCampaign campaign) {
    return Replies.toEither(platform.launch(campaign));
  }

  @Override
  public Either<GatewayFailure, Page<GroupCallTask>> queryTasks(TaskQuery query) {
    return Replies.toEither(platform.queryTasks(query));
  }

  @Override
  public Either<GatewayFailure, Done> cancelTasks(Seq<TaskId> ids) {
    return Replies.toEither(platform.cancelTasks(ids));
  }
}
