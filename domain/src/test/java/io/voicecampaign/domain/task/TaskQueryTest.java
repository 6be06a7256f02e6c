package io.voicecampaign.domain.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.shared.TimeRange;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TaskQuery")
class TaskQueryTest {

  private static final TimeRange RANGE = TimeRange.between(Instant.parse("2023-12-31T16:00:00Z"), Instant.parse("2024-06-03T07:13:01Z"));

  @Test
  @DisplayName("starts with every status, no search and the first page, and each refinement keeps the rest")
  void refinements() {
    TaskQuery query = TaskQuery.within(RANGE, 10);
    assertThat(query.statuses()).isEmpty();
    assertThat(query.search()).isEqualTo(Option.none());
    assertThat(query.page()).isEqualTo(PageRequest.first(10));

    TaskQuery refined = query.withStatuses(List.of(TaskStatus.CALLING)).withSearch("renewals").withAppIndexId(7).withPage(new PageRequest(3, 10));
    assertThat(refined.createdWithin()).isEqualTo(RANGE);
    assertThat(refined.statuses()).containsExactly(TaskStatus.CALLING);
    assertThat(refined.search()).isEqualTo(Option.some("renewals"));
    assertThat(refined.appIndexId()).isEqualTo(Option.some(7L));
    assertThat(refined.page().current()).isEqualTo(3);
  }
}
