package io.voicecampaign.emulator.server;

import io.voicecampaign.emulator.wire.Envelope;
import java.util.Optional;

/**
 * The platform endpoints the emulator serves, each at {@code /voice/...} and {@code /v3/voice/...}
 * (the vendor's pages disagree about the prefix), with the envelope its seed page shows.
 */
enum Endpoint {
  /** Create an AI-agent task. */
  CREATE_TASK("/voice/group/call/send/agent", Envelope.STATUS_AS_STRING, Exchanges.CREATE_BODY_BYTES),
  /** One page of tasks. */
  QUERY_TASKS("/voice/group/call/query", Envelope.CODE_AS_NUMBER, Exchanges.SMALL_BODY_BYTES),
  /** Cancel tasks. */
  CANCEL_TASKS("/voice/group/call/cancel", Envelope.CODE_AS_STRING, Exchanges.SMALL_BODY_BYTES),
  /** One page of recall flows. */
  QUERY_FLOWS("/voice/recallFlow/queryPage", Envelope.CODE_AS_NUMBER, Exchanges.SMALL_BODY_BYTES),
  /** One recall flow with its nodes. */
  FLOW_DETAIL("/voice/recallFlow/queryDetail", Envelope.CODE_AS_NUMBER, Exchanges.SMALL_BODY_BYTES),
  /** Edit a pending recall flow. */
  UPDATE_FLOW("/voice/recallFlow/update", Envelope.CODE_AS_NUMBER, Exchanges.SMALL_BODY_BYTES),
  /** Cancel a recall flow or its nodes from one on. */
  CANCEL_FLOW("/voice/recallFlow/cancel", Envelope.CODE_AS_NUMBER, Exchanges.SMALL_BODY_BYTES);

  /** The optional prefix of every path. */
  static final String V3 = "/v3";

  private final String path;
  private final Envelope envelope;
  private final long maxBodyBytes;

  Endpoint(String path, Envelope envelope, long maxBodyBytes) {
    this.path = path;
    this.envelope = envelope;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** The largest request body read; a longer one is refused as a parameter exception. */
  long maxBodyBytes() {
    return maxBodyBytes;
  }

  /** How answers of this endpoint are wrapped. */
  Envelope envelope() {
    return envelope;
  }

  /** The endpoint at {@code requestPath} ({@code /voice/...} or {@code /v3/voice/...}, a trailing '/' allowed). */
  static Optional<Endpoint> at(String requestPath) {
    String path = requestPath.startsWith(V3 + "/") ? requestPath.substring(V3.length()) : requestPath;
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    for (Endpoint endpoint : values()) {
      if (endpoint.path.equals(path)) {
        return Optional.of(endpoint);
      }
    }
    return Optional.empty();
  }
}
