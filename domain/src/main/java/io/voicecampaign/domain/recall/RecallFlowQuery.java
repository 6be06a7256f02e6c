package io.voicecampaign.domain.recall;

import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A filter over recall flows, one page at a time.
 *
 * @param createdWithin flows created within this range ({@code strTime}/{@code endTime}, required)
 * @param taskName      the platform's one search box ({@code taskName}): a fuzzy match on the parent
 *                      task's name, or an exact match on the parent task's id
 * @param page          which page
 */
public record RecallFlowQuery(TimeRange createdWithin, Option<String> taskName, PageRequest page) {

  public RecallFlowQuery {
    Objects.requireNonNull(createdWithin, "createdWithin == null");
    Objects.requireNonNull(taskName, "taskName == null");
    Objects.requireNonNull(page, "page == null");
  }

  /** All flows created within {@code range}, first page of {@code pageSize}. */
  public static RecallFlowQuery within(TimeRange range, int pageSize) {
    return new RecallFlowQuery(range, Option.none(), PageRequest.first(pageSize));
  }

  /** The same filter matching the parent task's name (fuzzy). */
  public RecallFlowQuery withTaskName(String text) {
    return new RecallFlowQuery(createdWithin, Option.of(text), page);
  }

  /** The same filter matching exactly the parent task {@code task}. */
  public RecallFlowQuery forTask(TaskId task) {
    return new RecallFlowQuery(createdWithin, Option.of(Long.toString(task.value())), page);
  }

  /** The same filter on another page. */
  public RecallFlowQuery withPage(PageRequest other) {
    return new RecallFlowQuery(createdWithin, taskName, other);
  }
}
