package io.voicecampaign.application.port.in.task;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.task.GroupCallTask;
import io.vavr.control.Either;
import java.util.stream.Stream;

/** Lists AI-agent group-call tasks, one page or all of them. */
public interface ListTasksUseCase {

  /** The page the command asks for. */
  Either<Failure, Page<GroupCallTask>> page(ListTasksCommand command);

  /**
   * Every matching task, from the command's page on, as a lazy stream: a page is fetched only when
   * the stream reaches it, only that page is held, and the stream ends after the last page. A
   * failure is the stream's last element. The stream can be consumed once.
   */
  Stream<Either<Failure, GroupCallTask>> all(ListTasksCommand command);
}
