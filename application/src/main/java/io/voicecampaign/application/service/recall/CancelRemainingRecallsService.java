package io.voicecampaign.application.service.recall;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.recall.CancelRemainingRecallsCommand;
import io.voicecampaign.application.port.in.recall.CancelRemainingRecallsUseCase;
import io.voicecampaign.application.port.out.RecallFlowGateway;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * Stops every recall attempt that has not started. It reads the flow and lets the domain pick the
 * cancellation ({@code RecallFlow.remainingCancellation()}): the whole flow while it is pending,
 * otherwise from its next pending node on. When nothing is left to cancel it returns
 * {@link Failure.RecallRefused} and sends nothing. A cancel with an unknown outcome is settled by
 * reading the flow ({@link SettledCancel}).
 */
public final class CancelRemainingRecallsService implements CancelRemainingRecallsUseCase {

  private final RecallFlowGateway gateway;
  private final SettledCancel cancels;

  /** A service cancelling through {@code gateway}. */
  @Inject
  public CancelRemainingRecallsService(RecallFlowGateway gateway) {
    this.gateway = Objects.requireNonNull(gateway, "gateway == null");
    this.cancels = new SettledCancel(gateway);
  }

  @Override
  public Either<Failure, RecallCancellation> cancelRemaining(CancelRemainingRecallsCommand command) {
    Objects.requireNonNull(command, "command == null");
    return gateway.flowDetail(command.flowId())
        .<Failure>mapLeft(Failure.Gateway::new)
        .flatMap(flow -> flow.remainingCancellation().<Failure>mapLeft(Failure.RecallRefused::new))
        .flatMap(cancellation -> cancels.cancel(command.flowId(), cancellation)
            .<Failure>mapLeft(Failure.Gateway::new)
            .map(done -> cancellation));
  }
}
