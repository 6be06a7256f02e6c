package io.voicecampaign.adapter.fake.fault;

/** One operation of the simulated platform, named after the endpoint it stands for. */
public enum Operation {
  /** Create an AI-agent task ({@code send/agent}). */
  LAUNCH(Port.GROUP_CALL),
  /** List tasks ({@code group/call/query}). */
  QUERY_TASKS(Port.GROUP_CALL),
  /** Cancel tasks ({@code group/call/cancel}). */
  CANCEL_TASKS(Port.GROUP_CALL),
  /** List recall flows ({@code recallFlow/queryPage}). */
  QUERY_FLOWS(Port.RECALL_FLOW),
  /** Read one recall flow with its nodes ({@code recallFlow/queryDetail}). */
  FLOW_DETAIL(Port.RECALL_FLOW),
  /** Edit a pending recall flow ({@code recallFlow/update}). */
  EDIT_FLOW(Port.RECALL_FLOW),
  /** Cancel a recall flow or its nodes from one on ({@code recallFlow/cancel}). */
  CANCEL_FLOW(Port.RECALL_FLOW);

  private final Port port;

  Operation(Port port) {
    this.port = port;
  }

  /** The group the operation belongs to. */
  public Port port() {
    return port;
  }
}
