package io.voicecampaign.emulator.push;

/** Where a batch stands. */
public enum PushState {
  /** Waiting for its first attempt. */
  QUEUED,
  /** A receiver answered HTTP 200. */
  DELIVERED,
  /** An attempt failed; the next falls due 30 minutes of platform time after it. */
  RETRYING,
  /** Every attempt failed, or the pushes were stopped; it is not sent again. */
  GIVEN_UP
}
