package io.voicecampaign.application.port.in.recall;

import io.voicecampaign.domain.recall.RecallFlowId;
import java.time.Duration;
import java.util.Objects;

/**
 * Wait until a recall flow reaches a final status.
 *
 * @param flowId       the flow
 * @param timeout      how long to wait in all
 * @param firstDelay   the first pause between polls; each later pause doubles, up to {@code maxDelay}
 * @param maxDelay     the longest pause between polls
 */
public record AwaitRecallFlowCommand(RecallFlowId flowId, Duration timeout, Duration firstDelay, Duration maxDelay) {
  public AwaitRecallFlowCommand {
    Objects.requireNonNull(flowId, "flowId == null");
    Objects.requireNonNull(timeout, "timeout == null");
    Objects.requireNonNull(firstDelay, "firstDelay == null");
    Objects.requireNonNull(maxDelay, "maxDelay == null");
    if (timeout.isNegative() || firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("need timeout >= 0, firstDelay > 0 and maxDelay >= firstDelay");
    }
  }

  /** Wait up to {@code timeout}, polling after 5 s, then 10 s, ... at most every 5 minutes. */
  public static AwaitRecallFlowCommand of(RecallFlowId flowId, Duration timeout) {
    return new AwaitRecallFlowCommand(flowId, timeout, Duration.ofSeconds(5), Duration.ofMinutes(5));
  }
}
