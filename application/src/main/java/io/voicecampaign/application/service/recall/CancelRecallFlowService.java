package io.voicecampaign.application.service.recall;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.recall.CancelRecallFlowCommand;
import io.voicecampaign.application.port.in.recall.CancelRecallFlowUseCase;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.port.out.RecallFlowGateway;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.recall.RecallRejection;
import io.voicecampaign.domain.shared.Done;
import io.voicecampaign.domain.shared.TimeRange;
import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Cancels a recall flow after checking the domain's rule on the flow as the platform reports it;
 * when the rule refuses, it returns {@link Failure.RecallRefused} and sends nothing.
 *
 * <ul>
 *   <li>Whole flow by id (type 1): reads the flow; only a pending flow may be cancelled whole.</li>
 *   <li>From a node (type 3): reads the command's flow; the node must exist and be pending.</li>
 *   <li>Whole flow by parent task (type 2): looks the task's flow up in the flow list (the command's
 *       flow id, if any, is not used: the list is what ties a flow to its task) among flows created
 *       from {@link #TASK_FLOW_LOOKBACK} before now to {@link #TASK_FLOW_LOOKAHEAD} after now, by the
 *       injected clock, since the platform's list requires a range. A flow found is checked like a
 *       whole-flow cancel; when none is found the cancel is sent and the platform decides.</li>
 * </ul>
 *
 * <p>A cancel naming its flow whose outcome is unknown is settled by reading the flow
 * ({@link SettledCancel}).
 *
 * <p>The platform stays authoritative: a flow that moves on between the read and the cancel is
 * refused by the platform and comes back as {@link Failure.Gateway}. A failed read or lookup is
 * returned as {@link Failure.Gateway} and nothing is sent.
 */
public final class CancelRecallFlowService implements CancelRecallFlowUseCase {

  /**
   * How far back a cancel by parent task looks for the task's flow: one year (366 days). A flow is
   * created with its task and may be cancelled whole only until its first attempt starts, after the
   * task has finished; a year covers scheduled starts and long-running campaigns with narrow call
   * windows. An older flow is simply not found, and then the platform decides.
   */
  public static final Duration TASK_FLOW_LOOKBACK = Duration.ofDays(366);

  /**
   * How far after now a cancel by parent task looks: one day, so that a flow stamped by a platform
   * whose clock (or time zone, UTC+8 wall-clock time) runs ahead of this machine is still found.
   */
  public static final Duration TASK_FLOW_LOOKAHEAD = Duration.ofDays(1);

  private final RecallFlowGateway gateway;
  private final Clock clock;
  private final TaskFlowSearch search;
  private final SettledCancel cancels;

  /** A service reading and cancelling through {@code gateway}, placing the task lookup's range by {@code clock}. */
  @Inject
  public CancelRecallFlowService(RecallFlowGateway gateway, Clock clock) {
    this.gateway = Objects.requireNonNull(gateway, "gateway == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.search = new TaskFlowSearch(gateway);
    this.cancels = new SettledCancel(gateway);
  }

  @Override
  public Either<Failure, Done> cancel(CancelRecallFlowCommand command) {
    Objects.requireNonNull(command, "command == null");
    RecallCancellation cancellation = command.cancellation();
    return allowed(command, cancellation)
        .flatMap(permitted -> send(command, permitted).<Failure>mapLeft(Failure.Gateway::new));
  }

  /** A cancel naming its flow is settled by reading it when its outcome is unknown; one by parent task is sent once. */
  private Either<GatewayFailure, Done> send(CancelRecallFlowCommand command, RecallCancellation cancellation) {
    return command.flowId().isDefined() && !(cancellation instanceof RecallCancellation.WholeFlowOfTask)
        ? cancels.cancel(command.flowId().get(), cancellation)
        : gateway.cancelFlow(cancellation);
  }

  /** The cancellation, once the rule that applies to it allows it. */
  private Either<Failure, RecallCancellation> allowed(CancelRecallFlowCommand command, RecallCancellation cancellation) {
    if (cancellation instanceof RecallCancellation.WholeFlow whole) {
      return detail(whole.flowId()).flatMap(flow -> refusedUnless(flow.checkCancellable(), cancellation));
    }
    if (cancellation instanceof RecallCancellation.FromNode fromNode) {
      // the command guarantees a flow id for this variant
      return detail(command.flowId().get())
          .flatMap(flow -> refusedUnless(flow.cancelFrom(fromNode.nodeId()), cancellation));
    }
    RecallCancellation.WholeFlowOfTask ofTask = (RecallCancellation.WholeFlowOfTask) cancellation;
    return search.listedFlowOf(ofTask.parentTask(), lookupRange())
        .flatMap(listed -> listed.isEmpty()
            ? Either.right(cancellation)
            : refusedUnless(listed.get().checkCancellable(), cancellation));
  }

  private Either<Failure, RecallFlow> detail(RecallFlowId flowId) {
    return gateway.flowDetail(flowId).mapLeft(Failure.Gateway::new);
  }

  private static Either<Failure, RecallCancellation> refusedUnless(
      Either<RecallRejection, RecallFlow> rule, RecallCancellation cancellation) {
    return rule.<Failure>mapLeft(Failure.RecallRefused::new).map(flow -> cancellation);
  }

  private TimeRange lookupRange() {
    Instant now = clock.instant();
    return TimeRange.between(now.minus(TASK_FLOW_LOOKBACK), now.plus(TASK_FLOW_LOOKAHEAD));
  }
}
