package io.voicecampaign.application.service.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.task.ListTasksCommand;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.voicecampaign.domain.task.TaskStatus;
import io.voicecampaign.domain.task.TaskType;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs in a JVM of its own with a 64 MiB heap (see this module's pom): a million listed tasks, each
 * of which is a distinct object, fit only if the listing holds one page at a time.
 */
@Tag("small-heap")
@DisplayName("Listing every task holds one page at a time")
class ListingMemoryTest {

  private static final long TASKS = 1_000_000;
  private static final int PAGE_SIZE = PageRequest.MAX_SIZE;
  private static final Instant CREATED = Instant.parse("2025-03-03T01:00:00Z");

  @Test
  @DisplayName("a million tasks listed under a 64 MiB heap, while the caller still holds the stream")
  void millionTasksInSmallHeap() {
    assertThat(Runtime.getRuntime().maxMemory()).as("max heap").isLessThanOrEqualTo(64L * 1024 * 1024);
    GroupCallGateway gateway = mock(GroupCallGateway.class);
    when(gateway.queryTasks(any())).thenAnswer(call -> Either.right(page(call.<TaskQuery>getArgument(0).page())));
    ListTasksCommand command = new ListTasksCommand(
        TaskQuery.within(TimeRange.between(CREATED, CREATED.plusSeconds(86_400)), PAGE_SIZE));

    Stream<Either<Failure, GroupCallTask>> all = new ListTasksService(gateway).all(command);
    AtomicLong seen = new AtomicLong();
    AtomicLong idSum = new AtomicLong();
    all.forEach(task -> {
      seen.incrementAndGet();
      idSum.addAndGet(task.get().id().value());
    });

    assertThat(seen).hasValue(TASKS);
    assertThat(idSum).hasValue(TASKS * (TASKS + 1) / 2);
  }

  private static Page<GroupCallTask> page(PageRequest request) {
    long first = (long) (request.current() - 1) * request.size() + 1;
    List<GroupCallTask> records = List.range(first, Math.min(first + request.size(), TASKS + 1)).map(ListingMemoryTest::task);
    int pages = (int) ((TASKS + request.size() - 1) / request.size());
    return new Page<>(records, request.current(), request.size(), TASKS, pages);
  }

  private static GroupCallTask task(long id) {
    return new GroupCallTask(TaskId.of(id), "task-" + id, TaskStatus.FINISHED, Option.some(TaskType.AI_AGENT), "100",
        1, 1, 1, 0, Option.some(CREATED), Option.some(AgentId.of(12)));
  }
}
