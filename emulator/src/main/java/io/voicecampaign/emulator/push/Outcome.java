package io.voicecampaign.emulator.push;

import java.util.Objects;

/** What one attempt to deliver a batch came to: an HTTP answer, or no answer at all. */
public sealed interface Outcome {

  /** True when the receiver took the batch: it answered HTTP 200, the only answer the platform accepts. */
  boolean accepted();

  /**
   * The receiver answered.
   *
   * @param status the HTTP status
   */
  record Answered(int status) implements Outcome {
    @Override
    public boolean accepted() {
      return status == 200;
    }
  }

  /**
   * No answer came: the connection was refused or reset, or the answer did not come in time.
   *
   * @param error what happened, e.g. "timed out after 10000 ms"
   */
  record Failed(String error) implements Outcome {
    public Failed {
      Objects.requireNonNull(error, "error == null");
    }

    @Override
    public boolean accepted() {
      return false;
    }
  }
}
