package io.voicecampaign.application.service.recall;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.recall.FindRecallFlowCommand;
import io.voicecampaign.application.port.in.recall.FindRecallFlowUseCase;
import io.voicecampaign.application.port.out.RecallFlowGateway;
import io.voicecampaign.domain.recall.RecallFlow;
import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * Finds the recall flow of a task: searches the flow list for the parent task's id (pages read
 * lazily, records of other tasks that the platform's fuzzy name search also returns are skipped),
 * then reads the flow's detail for its nodes. The detail does not carry the parent task, its name
 * or the creation time, so those come from the list record; everything else (status, counts, nodes)
 * comes from the detail, the fresher read.
 */
public final class FindRecallFlowService implements FindRecallFlowUseCase {

  private final RecallFlowGateway gateway;
  private final TaskFlowSearch search;

  /** A service searching and reading through {@code gateway}. */
  @Inject
  public FindRecallFlowService(RecallFlowGateway gateway) {
    this.gateway = Objects.requireNonNull(gateway, "gateway == null");
    this.search = new TaskFlowSearch(gateway);
  }

  @Override
  public Either<Failure, RecallFlow> find(FindRecallFlowCommand command) {
    Objects.requireNonNull(command, "command == null");
    return search.listedFlowOf(command.parentTask(), command.createdWithin())
        .flatMap(listed -> listed.isEmpty()
            ? Either.left(new Failure.NotFound("a recall flow of task " + command.parentTask() + " created between "
                + command.createdWithin().from() + " and " + command.createdWithin().to()))
            : gateway.flowDetail(listed.get().id())
                .<Failure>mapLeft(Failure.Gateway::new)
                .map(detail -> merge(listed.get(), detail)));
  }

  private static RecallFlow merge(RecallFlow listed, RecallFlow detail) {
    return new RecallFlow(detail.id(),
        detail.parentTask().orElse(listed.parentTask()),
        detail.parentTaskName().orElse(listed.parentTaskName()),
        detail.createdTime().orElse(listed.createdTime()),
        detail.type(), detail.intervalMinutes(), detail.attempts(), detail.finishedAttempts(), detail.status(),
        detail.nodes());
  }
}
