package io.voicecampaign.application.service.task;

import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskName;
import io.voicecampaign.domain.task.TaskQuery;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Finds a task by its exact name among the tasks created within a window. The platform's name search
 * is fuzzy, so each page of matches is filtered for the exact name; the window keeps the matches few,
 * and at most {@link #MAX_PAGES} pages are read.
 */
final class TaskNameLookup {

  /** Pages of loose matches read at most. */
  static final int MAX_PAGES = 20;
  private static final int PAGE_SIZE = 100;

  private final GroupCallGateway gateway;

  TaskNameLookup(GroupCallGateway gateway) {
    this.gateway = gateway;
  }

  /** The task named exactly {@code name} created within {@code window}, the newest when several; none when the platform lists none. */
  Either<GatewayFailure, Option<TaskId>> find(TaskName name, TimeRange window) {
    TaskQuery query = TaskQuery.within(window, PAGE_SIZE).withSearch(name.value());
    for (int page = 0; page < MAX_PAGES; page++) {
      Either<GatewayFailure, Page<GroupCallTask>> listed = gateway.queryTasks(query);
      if (listed.isLeft()) {
        return Either.left(listed.getLeft());
      }
      Seq<GroupCallTask> named = listed.get().records().filter(task -> task.name().equals(name.value()));
      if (!named.isEmpty()) {
        return Either.right(Option.some(named.maxBy(task -> task.id().value()).get().id()));
      }
      if (!listed.get().hasNext()) {
        return Either.right(Option.none());
      }
      query = query.withPage(query.page().next());
    }
    return Either.left(new GatewayFailure.OutcomeUnknown("more than " + MAX_PAGES * PAGE_SIZE
        + " tasks created within the launch's window match the name '" + name + "' loosely"));
  }
}
