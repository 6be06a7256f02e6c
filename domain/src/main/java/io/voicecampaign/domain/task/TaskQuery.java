package io.voicecampaign.domain.task;

import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.shared.TimeRange;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A filter over AI-agent group-call tasks, one page at a time.
 *
 * @param createdWithin tasks created within this range ({@code strTime}/{@code endTime}, required)
 * @param statuses      only these statuses; empty means all
 * @param appIndexId    the platform's numeric application index ({@code idxAppId}), optional
 * @param search        fuzzy match on the task name ({@code searchCondition}), optional
 * @param page          which page
 */
public record TaskQuery(
    TimeRange createdWithin, Seq<TaskStatus> statuses, Option<Long> appIndexId, Option<String> search, PageRequest page) {

  public TaskQuery {
    Objects.requireNonNull(createdWithin, "createdWithin == null");
    Objects.requireNonNull(statuses, "statuses == null");
    Objects.requireNonNull(appIndexId, "appIndexId == null");
    Objects.requireNonNull(search, "search == null");
    Objects.requireNonNull(page, "page == null");
  }

  /** All tasks created within {@code range}, first page of {@code pageSize}. */
  public static TaskQuery within(TimeRange range, int pageSize) {
    return new TaskQuery(range, List.empty(), Option.none(), Option.none(), PageRequest.first(pageSize));
  }

  /** The same filter with only these statuses. */
  public TaskQuery withStatuses(Seq<TaskStatus> only) {
    return new TaskQuery(createdWithin, only, appIndexId, search, page);
  }

  /** The same filter with a name search. */
  public TaskQuery withSearch(String text) {
    return new TaskQuery(createdWithin, statuses, appIndexId, Option.of(text), page);
  }

  /** The same filter restricted to the application index {@code idxAppId}. */
  public TaskQuery withAppIndexId(long id) {
    return new TaskQuery(createdWithin, statuses, Option.some(id), search, page);
  }

  /** The same filter on another page. */
  public TaskQuery withPage(PageRequest other) {
    return new TaskQuery(createdWithin, statuses, appIndexId, search, other);
  }
}
