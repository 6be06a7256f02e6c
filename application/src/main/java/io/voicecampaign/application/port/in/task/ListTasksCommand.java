package io.voicecampaign.application.port.in.task;

import io.voicecampaign.domain.task.TaskQuery;
import java.util.Objects;

/**
 * List the tasks matching a query; its page says which page (or, for all pages, the page size).
 *
 * @param query the filter and page
 */
public record ListTasksCommand(TaskQuery query) {
  public ListTasksCommand {
    Objects.requireNonNull(query, "query == null");
  }
}
