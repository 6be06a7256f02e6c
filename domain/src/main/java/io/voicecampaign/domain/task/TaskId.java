package io.voicecampaign.domain.task;

import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.domain.shared.Violation;

/**
 * A group-call task's id as the platform assigns it ({@code taskId}, {@code jobId} or {@code keyId}
 * on the wire).
 *
 * @param value the positive id
 */
public record TaskId(long value) {

  public TaskId {
    if (value <= 0) {
      throw new InvalidValueException(Violation.of("taskId", value, "must be a positive id"));
    }
  }

  /** The task id {@code value}. */
  public static TaskId of(long value) {
    return new TaskId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
