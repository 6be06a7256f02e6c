package io.voicecampaign.application.service.recall;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.recall.GetRecallFlowCommand;
import io.voicecampaign.application.port.in.recall.GetRecallFlowUseCase;
import io.voicecampaign.application.port.out.RecallFlowGateway;
import io.voicecampaign.domain.recall.RecallFlow;
import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * Reads one recall flow with its nodes. The platform's detail does not report the parent task; use
 * {@link FindRecallFlowService} to get a flow with it.
 */
public final class GetRecallFlowService implements GetRecallFlowUseCase {

  private final RecallFlowGateway gateway;

  /** A service reading through {@code gateway}. */
  @Inject
  public GetRecallFlowService(RecallFlowGateway gateway) {
    this.gateway = Objects.requireNonNull(gateway, "gateway == null");
  }

  @Override
  public Either<Failure, RecallFlow> get(GetRecallFlowCommand command) {
    Objects.requireNonNull(command, "command == null");
    return gateway.flowDetail(command.flowId()).mapLeft(Failure.Gateway::new);
  }
}
