package io.voicecampaign.reliability.fuzz;

/** What the fuzzer answers: the seven platform endpoints and the status-report push. */
enum Endpoint {

  /** {@code send/agent}: data is the new task's id. */
  CREATE("voice/group/call/send/agent"),
  /** {@code group/call/query}: data is a page of tasks. */
  TASK_QUERY("voice/group/call/query"),
  /** {@code group/call/cancel}: data is not read. */
  TASK_CANCEL("voice/group/call/cancel"),
  /** {@code recallFlow/queryPage}: data is a page of flows. */
  FLOW_PAGE("voice/recallFlow/queryPage"),
  /** {@code recallFlow/queryDetail}: data is one flow with its nodes. */
  FLOW_DETAIL("voice/recallFlow/queryDetail"),
  /** {@code recallFlow/update}: data is not read. */
  FLOW_UPDATE("voice/recallFlow/update"),
  /** {@code recallFlow/cancel}: data is not read. */
  FLOW_CANCEL("voice/recallFlow/cancel"),
  /** The status-report push the platform POSTs to the user: a JSON array of call reports, no envelope. */
  REPORT_PUSH("");

  private final String path;

  Endpoint(String path) {
    this.path = path;
  }

  /** The path after the prefix, e.g. {@code voice/group/call/query}; empty for the push. */
  String path() {
    return path;
  }

  /** True for the push, which is a request body the user's server receives, not an answer. */
  boolean isPush() {
    return this == REPORT_PUSH;
  }
}
