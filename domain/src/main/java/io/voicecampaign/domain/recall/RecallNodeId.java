package io.voicecampaign.domain.recall;

import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.domain.shared.Violation;

/**
 * A recall node's primary key ({@code nodeList[].keyId}); the id a cancel "from this node on" takes.
 *
 * @param value the positive id
 */
public record RecallNodeId(long value) {

  public RecallNodeId {
    if (value <= 0) {
      throw new InvalidValueException(Violation.of("recallNodeId", value, "must be a positive id"));
    }
  }

  /** The node id {@code value}. */
  public static RecallNodeId of(long value) {
    return new RecallNodeId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
