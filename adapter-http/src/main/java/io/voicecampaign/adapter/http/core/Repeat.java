package io.voicecampaign.adapter.http.core;

/** When a call may be sent again after a failure; each endpoint declares one with {@link Repeats}. */
public enum Repeat {

  /**
   * Repeating changes nothing (reads; an edit that replaces the whole state): repeated on transport
   * failures, HTTP 429 and 5xx and platform -18.
   */
  SAFE,

  /**
   * A repeat after the platform acted could be refused although the first call succeeded (cancels):
   * repeated only when the request provably was not processed (not fully sent, HTTP 429 or 408).
   */
  IF_NOT_PROCESSED,

  /**
   * A repeat could act twice (creates): never repeated blindly. The body is one-shot, OkHttp's own
   * connection retries are off, and the caller reconciles an unknown outcome.
   */
  NEVER_BLIND
}
