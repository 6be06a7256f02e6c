package io.voicecampaign.application.port.out.contract;

import static io.voicecampaign.application.port.out.contract.ContractFixtures.around;
import static io.voicecampaign.application.port.out.contract.ContractFixtures.build;
import static io.voicecampaign.application.port.out.contract.ContractFixtures.campaign;
import static io.voicecampaign.application.port.out.contract.ContractFixtures.rejected;
import static io.voicecampaign.application.port.out.contract.ContractFixtures.success;
import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.voicecampaign.domain.task.TaskStatus;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The platform's group-call tasks as seen through {@link GroupCallGateway}. A subclass supplies, before
 * each test (in its own {@code @BeforeEach}), a gateway to a platform of its own that holds no tasks,
 * and the {@link PlatformControl} of that platform.
 *
 * <p>Where the docs are silent the suite pins the choices the SDK's simulator makes: cancelling an
 * unknown task answers -24 and cancelling a finished one -22. Pace and outcomes are not assumed: the
 * suite lets a day pass where it needs a small task to end.
 */
public abstract class GroupCallGatewayContract {

  /** A gateway to this test's platform. */
  protected abstract GroupCallGateway gateway();

  /** The control of this test's platform. */
  protected abstract PlatformControl control();

  private TaskId launch(String name, int callees) {
    return success(gateway().launch(build(campaign(name, callees))));
  }

  private Page<GroupCallTask> page(TaskQuery query) {
    return success(gateway().queryTasks(query));
  }

  private TimeRange range() {
    return around(control().now());
  }

  private GroupCallTask listed(TaskId id) {
    Page<GroupCallTask> page = page(TaskQuery.within(range(), PageRequest.MAX_SIZE));
    return page.records().find(t -> t.id().equals(id))
        .getOrElseThrow(() -> new AssertionError("task " + id + " is not in the list " + page.records().map(GroupCallTask::id)));
  }

  @Test
  @DisplayName("A launched task gets an id that the task list shows, not yet ended, with all its numbers and none called")
  public void launchedTaskIsListed() {
    Instant before = control().now();
    TaskId id = launch("contract-launch", 12);

    GroupCallTask task = listed(id);

    assertThat(task.name()).isEqualTo("contract-launch");
    assertThat(task.isTerminal()).as("status %s", task.status()).isFalse();
    assertThat(task.numbers()).isEqualTo(12);
    assertThat(task.called()).isZero();
    assertThat(task.success() + task.fail()).isZero();
    assertThat(task.createdTime().get()).isBetween(before.minusSeconds(1), control().now());
    assertThat(task.agentId()).contains(AgentId.of(ContractFixtures.AGENT_ID));
  }

  @Test
  @DisplayName("A task runs to the end: FINISHED, every number called, each call counted once as a success or a failure")
  public void taskRunsToTheEnd() {
    TaskId id = launch("contract-run", 25);

    control().advance(Duration.ofDays(1));
    GroupCallTask task = listed(id);

    assertThat(task.status()).isEqualTo(TaskStatus.FINISHED);
    assertThat(task.called()).isEqualTo(25);
    assertThat(task.success() + task.fail()).isEqualTo(25);
    assertThat(task.numbers()).isEqualTo(25);
  }

  @Test
  @DisplayName("Task ids are distinct")
  public void idsAreDistinct() {
    Seq<TaskId> ids = List.range(0, 5).map(i -> launch("contract-ids-" + i, 1));

    assertThat(ids.distinct().size()).isEqualTo(5);
  }

  @Test
  @DisplayName("A second task with a name already used is refused with -41 and not created")
  public void duplicateNameIsRefused() {
    launch("contract-twice", 3);

    rejected(gateway().launch(build(campaign("contract-twice", 4))), PlatformCode.TASK_NAME_EXISTS);
    assertThat(page(TaskQuery.within(range(), 10)).total()).isEqualTo(1);
  }

  @Test
  @DisplayName("A launch beyond the concurrent-task limit is refused with -37 until a running task ends")
  public void concurrentTaskLimit() {
    control().setConcurrentTaskLimit(2);
    launch("contract-limit-1", 5);
    launch("contract-limit-2", 5);

    rejected(gateway().launch(build(campaign("contract-limit-3", 5))), PlatformCode.CONCURRENT_TASK_LIMIT);

    control().advance(Duration.ofDays(1));
    assertThat(gateway().launch(build(campaign("contract-limit-3", 5))).isRight()).isTrue();
  }

  @Test
  @DisplayName("A send time in the past is refused with -22")
  public void pastSendTimeIsRefused() {
    Instant past = control().now().minus(Duration.ofHours(1));

    rejected(gateway().launch(build(campaign("contract-past", 2).sendTime(past))), PlatformCode.PARAMETER_EXCEPTION);
  }

  @Test
  @DisplayName("A task scheduled for later places no call before its send time, and runs after it")
  public void scheduledTaskWaits() {
    Instant sendTime = control().now().plus(Duration.ofHours(6));
    TaskId id = success(gateway().launch(build(campaign("contract-later", 5).sendTime(sendTime))));

    control().advance(Duration.ofHours(5));
    assertThat(listed(id).status()).isEqualTo(TaskStatus.WAITING_TO_SUBMIT);
    assertThat(listed(id).called()).isZero();

    control().advance(Duration.ofDays(1));
    assertThat(listed(id).status()).isEqualTo(TaskStatus.FINISHED);
  }

  @Test
  @DisplayName("Calls are placed only inside the daily windows, read in the platform's zone")
  public void callsOnlyInsideWindows() {
    ZonedDateTime local = control().now().atZone(control().zone());
    ZonedDateTime sixAm = local.toLocalTime().isBefore(LocalTime.of(6, 0))
        ? local.with(LocalTime.of(6, 0))
        : local.plusDays(1).with(LocalTime.of(6, 0));
    control().advance(Duration.between(local, sixAm));
    TaskId id = success(gateway().launch(build(campaign("contract-window", 5).callWindow("08:00", "09:00"))));

    control().advance(Duration.ofMinutes(119));
    assertThat(listed(id).called()).as("calls before 08:00").isZero();
    assertThat(listed(id).isTerminal()).isFalse();

    control().advance(Duration.ofDays(2));
    assertThat(listed(id).status()).isEqualTo(TaskStatus.FINISHED);
  }

  @Test
  @DisplayName("Pages: newest first, total and page count over every match, an empty page past the last")
  public void pagingMath() {
    Seq<TaskId> launched = List.empty();
    for (int i = 1; i <= 7; i++) {
      launched = launched.append(launch("contract-page-" + i, 1));
      control().advance(Duration.ofMinutes(1));
    }
    TaskQuery query = TaskQuery.within(range(), 3);

    Page<GroupCallTask> first = page(query);
    Page<GroupCallTask> third = page(query.withPage(new PageRequest(3, 3)));
    Page<GroupCallTask> beyond = page(query.withPage(new PageRequest(4, 3)));

    assertThat(first.total()).isEqualTo(7);
    assertThat(first.pages()).isEqualTo(3);
    assertThat(first.current()).isEqualTo(1);
    assertThat(first.size()).isEqualTo(3);
    assertThat(first.records().map(GroupCallTask::id)).containsExactlyElementsOf(launched.reverse().take(3));
    assertThat(first.hasNext()).isTrue();
    assertThat(third.records().map(GroupCallTask::id)).containsExactly(launched.head());
    assertThat(third.hasNext()).isFalse();
    assertThat(beyond.records()).isEmpty();
    assertThat(beyond.total()).isEqualTo(7);
  }

  @Test
  @DisplayName("Every task is on exactly one page")
  public void pagesCoverEveryTaskOnce() {
    Seq<TaskId> launched = List.range(0, 11).map(i -> launch("contract-cover-" + i, 1));
    TaskQuery query = TaskQuery.within(range(), 4);

    Seq<TaskId> seen = List.range(1, 4).flatMap(p -> page(query.withPage(new PageRequest(p, 4))).records())
        .map(GroupCallTask::id);

    assertThat(seen).hasSize(11).containsExactlyInAnyOrderElementsOf(launched);
  }

  @Test
  @DisplayName("A status filter returns only tasks in those statuses")
  public void statusFilter() {
    TaskId kept = launch("contract-status-kept", 3);
    TaskId cancelled = launch("contract-status-cancelled", 3);
    success(gateway().cancelTasks(List.of(cancelled)));

    Page<GroupCallTask> onlyCancelled = page(TaskQuery.within(range(), 10).withStatuses(List.of(TaskStatus.CANCELLED)));
    Page<GroupCallTask> notCancelled = page(TaskQuery.within(range(), 10)
        .withStatuses(List.of(TaskStatus.WAITING_TO_SUBMIT, TaskStatus.CALLING, TaskStatus.FINISHED)));

    assertThat(onlyCancelled.records().map(GroupCallTask::id)).containsExactly(cancelled);
    assertThat(onlyCancelled.total()).isEqualTo(1);
    assertThat(notCancelled.records().map(GroupCallTask::id)).containsExactly(kept);
  }

  @Test
  @DisplayName("The search matches any part of the task name")
  public void nameSearch() {
    TaskId alpha = launch("spring-alpha", 1);
    TaskId beta = launch("spring-beta", 1);
    launch("autumn-gamma", 1);

    Page<GroupCallTask> spring = page(TaskQuery.within(range(), 10).withSearch("spring"));
    Page<GroupCallTask> eta = page(TaskQuery.within(range(), 10).withSearch("eta"));

    assertThat(spring.records().map(GroupCallTask::id)).containsExactlyInAnyOrder(alpha, beta);
    assertThat(eta.records().map(GroupCallTask::id)).containsExactly(beta);
  }

  @Test
  @DisplayName("The time range selects tasks by creation time")
  public void timeRange() {
    Instant first = control().now();
    TaskId early = launch("contract-early", 1);
    control().advance(Duration.ofHours(3));
    Instant second = control().now();
    TaskId late = launch("contract-late", 1);

    Page<GroupCallTask> aroundEarly = page(TaskQuery.within(
        TimeRange.between(first.minus(Duration.ofMinutes(5)), first.plus(Duration.ofHours(1))), 10));
    Page<GroupCallTask> aroundLate = page(TaskQuery.within(
        TimeRange.between(second.minus(Duration.ofMinutes(5)), second.plus(Duration.ofHours(1))), 10));

    assertThat(aroundEarly.records().map(GroupCallTask::id)).containsExactly(early);
    assertThat(aroundLate.records().map(GroupCallTask::id)).containsExactly(late);
  }

  @Test
  @DisplayName("A cancelled task is listed CANCELLED and places no more calls")
  public void cancelStopsTheTask() {
    TaskId id = launch("contract-cancel", 8);

    success(gateway().cancelTasks(List.of(id)));
    control().advance(Duration.ofDays(1));

    GroupCallTask task = listed(id);
    assertThat(task.status()).isEqualTo(TaskStatus.CANCELLED);
    assertThat(task.called()).isZero();
  }

  @Test
  @DisplayName("Several tasks are cancelled in one request")
  public void cancelSeveral() {
    TaskId one = launch("contract-cancel-1", 2);
    TaskId two = launch("contract-cancel-2", 2);

    success(gateway().cancelTasks(List.of(one, two)));

    assertThat(List.of(listed(one), listed(two)).map(GroupCallTask::status)).containsOnly(TaskStatus.CANCELLED);
  }

  @Test
  @DisplayName("Cancelling an unknown task is refused with -24")
  public void cancelUnknownTask() {
    rejected(gateway().cancelTasks(List.of(TaskId.of(987_654_321L))), PlatformCode.DATA_NOT_FOUND);
  }

  @Test
  @DisplayName("Cancelling a finished task is refused with -22 and the task stays FINISHED")
  public void cancelFinishedTask() {
    TaskId id = launch("contract-cancel-finished", 2);
    control().advance(Duration.ofDays(1));

    rejected(gateway().cancelTasks(List.of(id)), PlatformCode.PARAMETER_EXCEPTION);
    assertThat(listed(id).status()).isEqualTo(TaskStatus.FINISHED);
  }
}
