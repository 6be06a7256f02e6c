package io.voicecampaign.application.service.recall;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.recall.AwaitRecallFlowCommand;
import io.voicecampaign.application.port.in.recall.AwaitRecallFlowUseCase;
import io.voicecampaign.application.port.out.RecallFlowGateway;
import io.voicecampaign.application.port.out.Sleeper;
import io.voicecampaign.application.service.polling.Polling;
import io.voicecampaign.domain.recall.RecallFlow;
import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;

/**
 * Waits for a recall flow to reach a final status (completed, cancelled or execution exception) by
 * polling its detail, paced and bounded as {@link Polling} describes.
 *
 * <p>Outcomes: the final flow; {@link Failure.DeadlineExceeded} when the timeout passes first (or
 * when the waiting thread is interrupted); {@link Failure.Gateway} at the first failure that is not
 * retryable.
 */
public final class AwaitRecallFlowService implements AwaitRecallFlowUseCase {

  private final RecallFlowGateway gateway;
  private final Polling polling;

  /** A service polling through {@code gateway}, measuring time by {@code clock} and pausing with {@code sleeper}. */
  @Inject
  public AwaitRecallFlowService(RecallFlowGateway gateway, Clock clock, Sleeper sleeper) {
    this.gateway = Objects.requireNonNull(gateway, "gateway == null");
    this.polling = new Polling(clock, sleeper);
  }

  @Override
  public Either<Failure, RecallFlow> await(AwaitRecallFlowCommand command) {
    Objects.requireNonNull(command, "command == null");
    return polling.until(() -> gateway.flowDetail(command.flowId()),
        flow -> flow.status().isTerminal() ? Either.right(flow) : Either.left("last seen " + flow.status()),
        "recall flow " + command.flowId() + " to reach a final status",
        new Polling.Pace(command.timeout(), command.firstDelay(), command.maxDelay()));
  }
}
