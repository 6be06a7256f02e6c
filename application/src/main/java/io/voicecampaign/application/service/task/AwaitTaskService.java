package io.voicecampaign.application.service.task;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.task.AwaitTaskCommand;
import io.voicecampaign.application.port.in.task.AwaitTaskUseCase;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.Sleeper;
import io.voicecampaign.application.service.polling.Polling;
import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskQuery;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;

/**
 * Waits for a task to be final by polling the task list for it (its name and creation range narrow
 * the list; its id picks it), paced and bounded as {@link Polling} describes, with the same deadline
 * and backoff as the recall-flow waiter. A task not listed yet counts as not final.
 */
public final class AwaitTaskService implements AwaitTaskUseCase {

  private final GroupCallGateway gateway;
  private final Polling polling;

  /** A service polling through {@code gateway}, measuring time by {@code clock} and pausing with {@code sleeper}. */
  @Inject
  public AwaitTaskService(GroupCallGateway gateway, Clock clock, Sleeper sleeper) {
    this.gateway = Objects.requireNonNull(gateway, "gateway == null");
    this.polling = new Polling(clock, sleeper);
  }

  @Override
  public Either<Failure, GroupCallTask> await(AwaitTaskCommand command) {
    Objects.requireNonNull(command, "command == null");
    TaskQuery query = TaskQuery.within(command.createdWithin(), PageRequest.MAX_SIZE).withSearch(command.name().value());
    return polling.<Option<GroupCallTask>, GroupCallTask>until(() -> listed(query, command),
        task -> task.isEmpty() ? Either.left("not listed yet")
            : task.get().isTerminal() ? Either.right(task.get()) : Either.left("last seen " + task.get().status()),
        "task " + command.taskId() + " to be final",
        new Polling.Pace(command.timeout(), command.firstDelay(), command.maxDelay()));
  }

  private Either<GatewayFailure, Option<GroupCallTask>> listed(TaskQuery query, AwaitTaskCommand command) {
    return gateway.queryTasks(query).map(page -> page.records().find(task -> task.id().equals(command.taskId())));
  }
}
