package io.voicecampaign.application.service.task;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.task.CancelTasksCommand;
import io.voicecampaign.application.port.in.task.CancelTasksUseCase;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.domain.shared.Done;
import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * Cancels group-call tasks in one gateway call. The docs state no precondition on a task's status
 * for a cancel, so the platform's answer decides (e.g. -24 for an unknown id).
 */
public final class CancelTasksService implements CancelTasksUseCase {

  private final GroupCallGateway gateway;

  /** A service cancelling through {@code gateway}. */
  @Inject
  public CancelTasksService(GroupCallGateway gateway) {
    this.gateway = Objects.requireNonNull(gateway, "gateway == null");
  }

  @Override
  public Either<Failure, Done> cancel(CancelTasksCommand command) {
    Objects.requireNonNull(command, "command == null");
    return gateway.cancelTasks(command.taskIds()).mapLeft(Failure.Gateway::new);
  }
}
