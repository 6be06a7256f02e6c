package io.voicecampaign.domain.recall;

import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.domain.shared.Violation;

/**
 * A recall flow's primary key ({@code keyId} in recall-flow lists and details).
 *
 * @param value the positive id
 */
public record RecallFlowId(long value) {

  public RecallFlowId {
    if (value <= 0) {
      throw new InvalidValueException(Violation.of("recallFlowId", value, "must be a positive id"));
    }
  }

  /** The flow id {@code value}. */
  public static RecallFlowId of(long value) {
    return new RecallFlowId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
