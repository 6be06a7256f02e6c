package io.voicecampaign.application.service.recall;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.out.RecallFlowGateway;
import io.voicecampaign.application.service.paging.LazyPages;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowQuery;
import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the list record of a task's recall flow. The platform's one search box matches a parent task
 * id exactly but also matches task names fuzzily (task 12 also finds "renewals-12"), so every record
 * is checked to belong to the task; pages are read lazily and the walk stops at the first match.
 */
final class TaskFlowSearch {

  private final RecallFlowGateway gateway;

  TaskFlowSearch(RecallFlowGateway gateway) {
    this.gateway = Objects.requireNonNull(gateway, "gateway == null");
  }

  /** The flow as listed (parent task, no nodes), none when no flow of the task was created within the range. */
  Either<Failure, Option<RecallFlow>> listedFlowOf(TaskId task, TimeRange createdWithin) {
    RecallFlowQuery query = RecallFlowQuery.within(createdWithin, PageRequest.MAX_SIZE).forTask(task);
    Optional<Either<Failure, RecallFlow>> first = LazyPages.from(query.page(), page -> gateway.queryFlows(query.withPage(page)))
        .filter(record -> record.isLeft() || record.get().parentTask().contains(task))
        .findFirst();
    return first.isEmpty() ? Either.right(Option.none()) : first.get().map(Option::some);
  }
}
