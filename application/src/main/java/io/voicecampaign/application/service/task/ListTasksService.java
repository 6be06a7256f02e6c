package io.voicecampaign.application.service.task;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.task.ListTasksCommand;
import io.voicecampaign.application.port.in.task.ListTasksUseCase;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.service.paging.LazyPages;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskQuery;
import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Lists AI-agent group-call tasks: one page per gateway call, or every page as a lazy stream (see
 * {@link LazyPages} for when the stream fetches and when it ends).
 */
public final class ListTasksService implements ListTasksUseCase {

  private final GroupCallGateway gateway;

  /** A service listing through {@code gateway}. */
  @Inject
  public ListTasksService(GroupCallGateway gateway) {
    this.gateway = Objects.requireNonNull(gateway, "gateway == null");
  }

  @Override
  public Either<Failure, Page<GroupCallTask>> page(ListTasksCommand command) {
    Objects.requireNonNull(command, "command == null");
    return gateway.queryTasks(command.query()).mapLeft(Failure.Gateway::new);
  }

  @Override
  public Stream<Either<Failure, GroupCallTask>> all(ListTasksCommand command) {
    Objects.requireNonNull(command, "command == null");
    TaskQuery query = command.query();
    return LazyPages.from(query.page(), page -> gateway.queryTasks(query.withPage(page)));
  }
}
