package io.voicecampaign.application.service.recall;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.recall.EditRecallFlowCommand;
import io.voicecampaign.application.port.in.recall.EditRecallFlowUseCase;
import io.voicecampaign.application.port.out.RecallFlowGateway;
import io.voicecampaign.domain.recall.RecallFlow;
import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * Edits a recall flow: reads it, checks the domain rule (only a pending flow may be edited) and sends
 * the edit only when the rule allows it, with one agent per attempt ({@link RecallFlow#withAgentsFor}:
 * a plan naming no agents keeps each attempt's agent), then reads the flow again so the caller sees
 * what the platform stored. The platform stays authoritative: a flow that starts between the read and the
 * edit is refused by the platform and comes back as {@link Failure.Gateway}.
 *
 * <p>When the edit succeeds but the read after it fails, the read's failure is returned; the edit
 * has been applied, and sending the same edit again is harmless while the flow is still pending.
 */
public final class EditRecallFlowService implements EditRecallFlowUseCase {

  private final RecallFlowGateway gateway;

  /** A service editing through {@code gateway}. */
  @Inject
  public EditRecallFlowService(RecallFlowGateway gateway) {
    this.gateway = Objects.requireNonNull(gateway, "gateway == null");
  }

  @Override
  public Either<Failure, RecallFlow> edit(EditRecallFlowCommand command) {
    Objects.requireNonNull(command, "command == null");
    return gateway.flowDetail(command.flowId())
        .<Failure>mapLeft(Failure.Gateway::new)
        .flatMap(flow -> flow.checkEditable().<Failure>mapLeft(Failure.RecallRefused::new))
        .flatMap(editable -> editable.withAgentsFor(command.plan(), "plan.agents").toEither()
            .<Failure>mapLeft(violation -> new Failure.InvalidInput(List.of(violation))))
        .flatMap(plan -> gateway.editFlow(command.flowId(), plan).<Failure>mapLeft(Failure.Gateway::new))
        .flatMap(done -> gateway.flowDetail(command.flowId()).<Failure>mapLeft(Failure.Gateway::new));
  }
}
