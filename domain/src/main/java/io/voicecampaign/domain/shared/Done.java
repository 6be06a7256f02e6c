package io.voicecampaign.domain.shared;

/** The value of an operation that succeeds with nothing to return (a cancel, an edit). */
public enum Done {
  /** The platform accepted the operation. */
  DONE
}
