package io.voicecampaign.application.service.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.task.ListTasksCommand;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.testing.GatewayFailureFixtures;
import io.voicecampaign.application.testing.GroupCallTaskFixtures;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskQuery;
import io.voicecampaign.domain.task.TaskStatus;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Iterator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Listing tasks")
class ListTasksServiceTest {

  private static final TimeRange MARCH = TimeRange.between(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-31T23:59:59Z"));
  private static final Seq<GroupCallTask> TASKS = GroupCallTaskFixtures.tasks(250);

  private final FakeGroupCallGateway gateway = new FakeGroupCallGateway(TASKS);
  private final ListTasksService service = new ListTasksService(gateway);

  private static TaskQuery query(int pageSize) {
    return TaskQuery.within(MARCH, pageSize).withStatuses(List.of(TaskStatus.FINISHED)).withSearch("campaign");
  }

  @Test
  @DisplayName("a page is one gateway call with the command's query")
  void onePage() {
    TaskQuery query = query(100).withPage(new PageRequest(2, 100));

    Either<Failure, Page<GroupCallTask>> page = service.page(new ListTasksCommand(query));

    assertThat(page.get().records()).containsExactlyElementsOf(TASKS.slice(100, 200));
    assertThat(page.get().current()).isEqualTo(2);
    assertThat(gateway.queries()).containsExactly(query);
  }

  @Test
  @DisplayName("a page's failure comes back as a gateway failure")
  void pageFailure() {
    GatewayFailure malformed = GatewayFailureFixtures.malformed();
    gateway.failNextCall(malformed);

    assertThat(service.page(new ListTasksCommand(query(10)))).isEqualTo(Either.left(new Failure.Gateway(malformed)));
  }

  @Test
  @DisplayName("all pages: every task in order, each page asked with the same filter and page size")
  void allPages() {
    Seq<Either<Failure, GroupCallTask>> all = List.ofAll(service.all(new ListTasksCommand(query(100))));

    assertThat(all.map(Either::get)).containsExactlyElementsOf(TASKS);
    assertThat(gateway.queries()).containsExactly(
        query(100), query(100).withPage(new PageRequest(2, 100)), query(100).withPage(new PageRequest(3, 100)));
  }

  @Test
  @DisplayName("all pages is lazy: taking 5 tasks of 100-per-page fetches exactly one page")
  void allPagesIsLazy() {
    Iterator<Either<Failure, GroupCallTask>> all = service.all(new ListTasksCommand(query(100))).iterator();

    assertThat(List.fill(5, all::next).map(Either::get)).containsExactlyElementsOf(TASKS.take(5));
    assertThat(gateway.queries()).hasSize(1);
    assertThat(List.fill(145, all::next).map(Either::get)).containsExactlyElementsOf(TASKS.slice(5, 150));
    assertThat(gateway.queries()).hasSize(2);
  }

  @Test
  @DisplayName("all pages keeps a small page size and starts from the command's page")
  void keepsPageSizeAndStart() {
    Seq<Either<Failure, GroupCallTask>> all = List.ofAll(service.all(new ListTasksCommand(query(7).withPage(new PageRequest(30, 7)))));

    assertThat(all.map(Either::get)).containsExactlyElementsOf(TASKS.drop(29 * 7));
    assertThat(gateway.queries().map(TaskQuery::page)).containsExactly(
        new PageRequest(30, 7), new PageRequest(31, 7), new PageRequest(32, 7), new PageRequest(33, 7),
        new PageRequest(34, 7), new PageRequest(35, 7), new PageRequest(36, 7));
  }

  @Test
  @DisplayName("all pages ends with the failure as its single last element")
  void allPagesFailure() {
    GatewayFailure down = GatewayFailureFixtures.unavailable();
    Iterator<Either<Failure, GroupCallTask>> all = service.all(new ListTasksCommand(query(100))).iterator();
    Seq<Either<Failure, GroupCallTask>> firstPage = List.fill(100, all::next);
    gateway.failNextCall(down);

    Seq<Either<Failure, GroupCallTask>> read = firstPage.appendAll(List.ofAll(() -> all));

    assertThat(read).hasSize(101);
    assertThat(read.last()).isEqualTo(Either.left(new Failure.Gateway(down)));
    assertThat(gateway.queries()).hasSize(2);
  }
}
