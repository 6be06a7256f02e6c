package io.voicecampaign.application.port.in.recall;

import io.voicecampaign.domain.recall.RecallFlowQuery;
import java.util.Objects;

/**
 * List the recall flows matching a query.
 *
 * @param query the filter and page
 */
public record ListRecallFlowsCommand(RecallFlowQuery query) {
  public ListRecallFlowsCommand {
    Objects.requireNonNull(query, "query == null");
  }
}
