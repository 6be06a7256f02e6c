package io.voicecampaign.adapter.fake.platform;

import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.allTasks;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.campaign;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.launch;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.ok;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.plan;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.platform;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowQuery;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.shared.AppId;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskStatus;
import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Lists on the simulated platform")
class QueryTest {

  @Test
  @DisplayName("order tasks created in the same second by id, newest first")
  void sameSecondNewestFirst() {
    SimulatedPlatform platform = platform();
    TaskId a = launch(platform, campaign("a-task", 1));
    TaskId b = launch(platform, campaign("b-task", 1));
    TaskId c = launch(platform, campaign("c-task", 1));

    assertThat(ok(platform.queryTasks(allTasks())).records().map(GroupCallTask::id)).containsExactly(c, b, a);
  }

  @Test
  @DisplayName("search task names ignoring case")
  void caseInsensitiveSearch() {
    SimulatedPlatform platform = platform();
    TaskId id = launch(platform, campaign("Spring-Renewals", 1));

    assertThat(ok(platform.queryTasks(allTasks().withSearch("renewals"))).records().map(GroupCallTask::id)).containsExactly(id);
    assertThat(ok(platform.queryTasks(allTasks().withSearch("  "))).total()).as("a blank search matches all").isEqualTo(1);
  }

  @Test
  @DisplayName("filter by the numeric application index the platform gives each application")
  void appIndex() {
    SimulatedPlatform platform = platform();
    TaskId first = launch(platform, campaign("app-one", 1).appId("Jgd8oFei"));
    TaskId second = launch(platform, campaign("app-two", 1).appId("2Xql9RBI"));

    long index = platform.appIndex(AppId.of("2Xql9RBI")).get();

    assertThat(index).isEqualTo(2);
    assertThat(ok(platform.queryTasks(allTasks().withAppIndexId(index))).records().map(GroupCallTask::id))
        .containsExactly(second);
    assertThat(ok(platform.queryTasks(allTasks().withAppIndexId(1))).records().map(GroupCallTask::id)).containsExactly(first);
    assertThat(platform.appIndex(AppId.of("unknown"))).isEmpty();
  }

  @Test
  @DisplayName("refuse an undocumented status in the filter with -22")
  void unknownStatus() {
    Reply.Refused<?> refused = refused(platform().queryTasks(allTasks().withStatuses(List.of(TaskStatus.of(9)))));

    assertThat(refused.code()).isEqualTo(PlatformCode.PARAMETER_EXCEPTION);
    assertThat(refused.reason()).contains("statusList", "9");
  }

  @Test
  @DisplayName("compare creation times to the second, both ends included")
  void rangeToTheSecond() {
    SimulatedPlatform platform = platform();
    platform.advance(Duration.ofMillis(999));
    Instant created = PlatformFixtures.START;
    TaskId id = launch(platform, campaign("edge", 1));

    Page<GroupCallTask> exact = ok(platform.queryTasks(allTasks().withPage(PageRequest.first(10))
        .withStatuses(List.empty())));
    Page<GroupCallTask> pointRange = ok(platform.queryTasks(io.voicecampaign.domain.task.TaskQuery.within(
        TimeRange.between(created.plusMillis(500), created.plusMillis(900)), 10)));
    Page<GroupCallTask> before = ok(platform.queryTasks(io.voicecampaign.domain.task.TaskQuery.within(
        TimeRange.between(created.minusSeconds(10), created.minusSeconds(1)), 10)));

    assertThat(exact.records().map(GroupCallTask::id)).containsExactly(id);
    assertThat(pointRange.records().map(GroupCallTask::id)).containsExactly(id);
    assertThat(before.records()).isEmpty();
  }

  @Test
  @DisplayName("match a flow's parent task id exactly, not as a part of another id or name")
  void flowSearchById() {
    SimulatedPlatform platform = platform();
    TaskId first = launch(platform, campaign("first-flow", 1).recall(plan(RecallType.ALL, 30, 1)));
    TaskId named = launch(platform, campaign("flow-of-" + first.value() + "0", 1).recall(plan(RecallType.ALL, 30, 1)));
    RecallFlowQuery query = RecallFlowQuery.within(allTasks().createdWithin(), 10);

    Page<RecallFlow> byId = ok(platform.queryFlows(query.forTask(first)));
    Page<RecallFlow> byPart = ok(platform.queryFlows(query.withTaskName(Long.toString(first.value()).substring(2))));

    assertThat(byId.records().map(f -> f.parentTask().get())).containsExactlyInAnyOrder(named, first);
    assertThat(byPart.records().map(f -> f.parentTask().get())).as("digits match names only").containsExactly(named);
  }

  @Test
  @DisplayName("report no pages when nothing matches")
  void emptyList() {
    Page<GroupCallTask> page = ok(platform().queryTasks(allTasks()));

    assertThat(page.total()).isZero();
    assertThat(page.pages()).isZero();
    assertThat(page.hasNext()).isFalse();
  }
}
