package io.voicecampaign.adapter.fake.gateway;

import io.voicecampaign.adapter.fake.platform.SimulatedPlatform;
import io.voicecampaign.application.observe.Endpoint;
import io.voicecampaign.application.observe.GatewayListeners;
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
 * thrown. Every call is reported to the gateway listeners it was given.
 */
public final class FakeGroupCallGateway implements GroupCallGateway {

  private final SimulatedPlatform platform;
  private final ObservedReplies calls;

  /** A gateway to {@code platform}, unobserved. */
  public FakeGroupCallGateway(SimulatedPlatform platform) {
    this(platform, GatewayListeners.none());
  }

  /** A gateway to {@code platform} reporting its calls to {@code listeners}. */
  public FakeGroupCallGateway(SimulatedPlatform platform, GatewayListeners listeners) {
    this.platform = Objects.requireNonNull(platform, "platform == null");
    this.calls = new ObservedReplies(Objects.requireNonNull(listeners, "listeners == null"));
  }

  @Override
  public Either<GatewayFailure, TaskId> launch(AgentCampaign campaign) {
    return calls.run(Endpoint.LAUNCH, () -> platform.launch(campaign));
  }

  @Override
  public Either<GatewayFailure, Page<GroupCallTask>> queryTasks(TaskQuery query) {
    return calls.run(Endpoint.QUERY_TASKS, () -> platform.queryTasks(query));
  }

  @Override
  public Either<GatewayFailure, Done> cancelTasks(Seq<TaskId> ids) {
    return calls.run(Endpoint.CANCEL_TASKS, () -> platform.cancelTasks(ids));
  }
}
