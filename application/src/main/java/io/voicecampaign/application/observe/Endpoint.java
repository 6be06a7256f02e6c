package io.voicecampaign.application.observe;

import java.util.Locale;

/** The platform operation a gateway call performs: one per out-port method. */
public enum Endpoint {
  /** Creating a campaign's task ({@code GroupCallGateway.launch}). */
  LAUNCH,
  /** One page of tasks ({@code GroupCallGateway.queryTasks}). */
  QUERY_TASKS,
  /** Cancelling tasks ({@code GroupCallGateway.cancelTasks}). */
  CANCEL_TASKS,
  /** One page of recall flows ({@code RecallFlowGateway.queryFlows}). */
  QUERY_RECALL_FLOWS,
  /** One recall flow with its nodes ({@code RecallFlowGateway.flowDetail}). */
  RECALL_FLOW_DETAIL,
  /** Replacing a pending flow's plan ({@code RecallFlowGateway.editFlow}). */
  EDIT_RECALL_FLOW,
  /** Cancelling a recall flow or its nodes ({@code RecallFlowGateway.cancelFlow}). */
  CANCEL_RECALL_FLOW;

  private final String tag = name().toLowerCase(Locale.ROOT);

  /** The name in lower case ({@code query_tasks}), as a metric tag or log field. */
  public String tag() {
    return tag;
  }
}
