package io.voicecampaign.adapter.http.config;

/**
 * The platform endpoints the adapter calls, each with the path prefix the seed pages document. The
 * vendor's pages disagree about the {@code /v3} prefix, so each endpoint's prefix can be changed with
 * {@link HttpConfig.Builder#pathPrefix(PlatformEndpoint, String)}.
 */
public enum PlatformEndpoint {

  /** {@code POST /v3/voice/group/call/send/agent}: create an AI-agent group-call task. */
  CREATE_TASK("/v3", "voice/group/call/send/agent"),
  /** {@code POST /v3/voice/group/call/query}: one page of group-call tasks. */
  QUERY_TASKS("/v3", "voice/group/call/query"),
  /** {@code POST /voice/group/call/cancel}: cancel group-call tasks. */
  CANCEL_TASKS("", "voice/group/call/cancel"),
  /** {@code POST /voice/recallFlow/queryPage}: one page of recall flows. */
  QUERY_RECALL_FLOWS("", "voice/recallFlow/queryPage"),
  /** {@code POST /voice/recallFlow/queryDetail}: one recall flow with its nodes. */
  RECALL_FLOW_DETAIL("", "voice/recallFlow/queryDetail"),
  /** {@code POST /voice/recallFlow/update}: edit a pending recall flow. */
  UPDATE_RECALL_FLOW("", "voice/recallFlow/update"),
  /** {@code POST /voice/recallFlow/cancel}: cancel a recall flow or its nodes from one on. */
  CANCEL_RECALL_FLOW("", "voice/recallFlow/cancel");

  private final String defaultPrefix;
  private final String path;

  PlatformEndpoint(String defaultPrefix, String path) {
    this.defaultPrefix = defaultPrefix;
    this.path = path;
  }

  /** The prefix the seed page uses: {@code "/v3"} or {@code ""}. */
  public String defaultPrefix() {
    return defaultPrefix;
  }

  /** The path after the prefix, without a leading slash ({@code voice/group/call/query}). */
  public String path() {
    return path;
  }
}
