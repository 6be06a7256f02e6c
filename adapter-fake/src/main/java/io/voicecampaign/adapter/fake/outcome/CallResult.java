package io.voicecampaign.adapter.fake.outcome;

/** How a simulated call ended. Only an answered call counts as a success; the others count as failures. */
public enum CallResult {
  /** The callee answered and talked to the agent: a success. */
  ANSWERED,
  /** The phone rang until the ringing limit: a failure. */
  NO_ANSWER,
  /** The call could not be placed or was rejected (busy, off, invalid): a failure. */
  FAILED;

  /** True for {@link #ANSWERED}, the only result the platform counts as a success. */
  public boolean isSuccess() {
    return this == ANSWERED;
  }
}
