package io.voicecampaign.adapter.http.config;

import io.voicecampaign.application.observe.Endpoint;
import io.vavr.control.Option;

/**
 * The platform endpoints the adapter calls, each with the path prefix the seed pages document. The
 * vendor's pages disagree about the {@code /v3} prefix, so each endpoint's prefix can be changed with
 * {@link HttpConfig.Builder#pathPrefix(PlatformEndpoint, String)}.
 */
public enum PlatformEndpoint {

  /** {@code POST /v3/voice/group/call/send/agent}: create an AI-agent group-call task. */
  CREATE_TASK("/v3", "voice/group/call/send/agent", Endpoint.LAUNCH),
  /** {@code POST /v3/voice/group/call/query}: one page of group-call tasks. */
  QUERY_TASKS("/v3", "voice/group/call/query", Endpoint.QUERY_TASKS),
  /** {@code POST /voice/group/call/cancel}: cancel group-call tasks. */
  CANCEL_TASKS("", "voice/group/call/cancel", Endpoint.CANCEL_TASKS),
  /** {@code POST /voice/recallFlow/queryPage}: one page of recall flows. */
  QUERY_RECALL_FLOWS("", "voice/recallFlow/queryPage", Endpoint.QUERY_RECALL_FLOWS),
  /** {@code POST /voice/recallFlow/queryDetail}: one recall flow with its nodes. */
  RECALL_FLOW_DETAIL("", "voice/recallFlow/queryDetail", Endpoint.RECALL_FLOW_DETAIL),
  /** {@code POST /voice/recallFlow/update}: edit a pending recall flow. */
  UPDATE_RECALL_FLOW("", "voice/recallFlow/update", Endpoint.EDIT_RECALL_FLOW),
  /** {@code POST /voice/recallFlow/cancel}: cancel a recall flow or its nodes from one on. */
  CANCEL_RECALL_FLOW("", "voice/recallFlow/cancel", Endpoint.CANCEL_RECALL_FLOW);

  private final String defaultPrefix;
  private final String path;
  private final Endpoint observedAs;

  PlatformEndpoint(String defaultPrefix, String path, Endpoint observedAs) {
    this.defaultPrefix = defaultPrefix;
    this.path = path;
    this.observedAs = observedAs;
  }

  /** The prefix the seed page uses: {@code "/v3"} or {@code ""}. */
  public String defaultPrefix() {
    return defaultPrefix;
  }

  /** The path after the prefix, without a leading slash ({@code voice/group/call/query}). */
  public String path() {
    return path;
  }

  /** The operation gateway listeners see for calls to this endpoint. */
  public Endpoint observedAs() {
    return observedAs;
  }

  /** The endpoint whose path {@code path} ends with, if any. */
  public static Option<PlatformEndpoint> ofPath(String path) {
    for (PlatformEndpoint endpoint : values()) {
      if (path.endsWith(endpoint.path)) {
        return Option.some(endpoint);
      }
    }
    return Option.none();
  }
}
