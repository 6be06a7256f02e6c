package io.voicecampaign.application.service.recall;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.recall.ListRecallFlowsCommand;
import io.voicecampaign.application.port.in.recall.ListRecallFlowsUseCase;
import io.voicecampaign.application.port.out.RecallFlowGateway;
import io.voicecampaign.application.service.paging.LazyPages;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowQuery;
import io.voicecampaign.domain.shared.Page;
import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Lists recall flows as the platform lists them (parent task, no nodes): one page per gateway call,
 * or every page as a lazy stream (see {@link LazyPages} for when the stream fetches and when it ends).
 */
public final class ListRecallFlowsService implements ListRecallFlowsUseCase {

  private final RecallFlowGateway gateway;

  /** A service listing through {@code gateway}. */
  @Inject
  public ListRecallFlowsService(RecallFlowGateway gateway) {
    this.gateway = Objects.requireNonNull(gateway, "gateway == null");
  }

  @Override
  public Either<Failure, Page<RecallFlow>> page(ListRecallFlowsCommand command) {
    Objects.requireNonNull(command, "command == null");
    return gateway.queryFlows(command.query()).mapLeft(Failure.Gateway::new);
  }

  @Override
  public Stream<Either<Failure, RecallFlow>> all(ListRecallFlowsCommand command) {
    Objects.requireNonNull(command, "command == null");
    RecallFlowQuery query = command.query();
    return LazyPages.from(query.page(), page -> gateway.queryFlows(query.withPage(page)));
  }
}
