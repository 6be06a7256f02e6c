package io.voicecampaign.adapter.fake.gateway;

import io.voicecampaign.adapter.fake.platform.SimulatedPlatform;
import io.voicecampaign.application.observe.Endpoint;
import io.voicecampaign.application.observe.GatewayListeners;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.port.out.RecallFlowGateway;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.recall.RecallFlowQuery;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.shared.Done;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * {@link RecallFlowGateway} served in process by a {@link SimulatedPlatform}. Lists carry the parent
 * task but no nodes and details carry nodes but no parent task, as on the platform. Refusals and
 * injected faults come back as {@link GatewayFailure}s; nothing is thrown. Every call is reported to
 * the gateway listeners it was given.
 */
public final class FakeRecallFlowGateway implements RecallFlowGateway {

  private final SimulatedPlatform platform;
  private final ObservedReplies calls;

  /** A gateway to {@code platform}, unobserved. */
  public FakeRecallFlowGateway(SimulatedPlatform platform) {
    this(platform, GatewayListeners.none());
  }

  /** A gateway to {@code platform} reporting its calls to {@code listeners}. */
  public FakeRecallFlowGateway(SimulatedPlatform platform, GatewayListeners listeners) {
    this.platform = Objects.requireNonNull(platform, "platform == null");
    this.calls = new ObservedReplies(Objects.requireNonNull(listeners, "listeners == null"));
  }

  @Override
  public Either<GatewayFailure, Page<RecallFlow>> queryFlows(RecallFlowQuery query) {
    return calls.run(Endpoint.QUERY_RECALL_FLOWS, () -> platform.queryFlows(query));
  }

  @Override
  public Either<GatewayFailure, RecallFlow> flowDetail(RecallFlowId id) {
    return calls.run(Endpoint.RECALL_FLOW_DETAIL, () -> platform.flowDetail(id));
  }

  @Override
  public Either<GatewayFailure, Done> editFlow(RecallFlowId id, RecallPlan plan) {
    Option<Violation> unnamed = plan.checkAgentsNamed("plan.agents");
    if (unnamed.isDefined()) {
      return Either.left(new GatewayFailure.InvalidRequest(List.of(unnamed.get())));
    }
    return calls.run(Endpoint.EDIT_RECALL_FLOW, () -> platform.editFlow(id, plan));
  }

  @Override
  public Either<GatewayFailure, Done> cancelFlow(RecallCancellation cancellation) {
    return calls.run(Endpoint.CANCEL_RECALL_FLOW, () -> platform.cancelFlow(cancellation));
  }
}
