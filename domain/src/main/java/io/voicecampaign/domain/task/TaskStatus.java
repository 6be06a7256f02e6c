package io.voicecampaign.domain.task;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * A group-call task's status. Values the docs do not list are kept as {@code unknown(n)}.
 *
 * @param code the platform's numeric status
 */
public record TaskStatus(int code) {

  /** 0: waiting to submit. */
  public static final TaskStatus WAITING_TO_SUBMIT = new TaskStatus(0);
  /** 1: calling. */
  public static final TaskStatus CALLING = new TaskStatus(1);
  /** 2: task finished. */
  public static final TaskStatus FINISHED = new TaskStatus(2);
  /** 3: submission failed. */
  public static final TaskStatus SUBMIT_FAILED = new TaskStatus(3);
  /** 4: task cancelled. */
  public static final TaskStatus CANCELLED = new TaskStatus(4);
  /** 5: task paused (suspended). */
  public static final TaskStatus PAUSED = new TaskStatus(5);
  /** 6: submitting. */
  public static final TaskStatus SUBMITTING = new TaskStatus(6);

  private static final String[] NAMES = {
    "WAITING_TO_SUBMIT", "CALLING", "FINISHED", "SUBMIT_FAILED", "CANCELLED", "PAUSED", "SUBMITTING"
  };

  /** The status for {@code code}, documented or not. */
  public static TaskStatus of(int code) {
    return new TaskStatus(code);
  }

  /** Every documented status, 0-6. */
  public static Seq<TaskStatus> documented() {
    return List.range(0, NAMES.length).map(TaskStatus::new);
  }

  /** True for the documented values 0-6. */
  public boolean isKnown() {
    return code >= 0 && code < NAMES.length;
  }

  /** The constant's name, or {@code UNKNOWN}. */
  public String name() {
    return isKnown() ? NAMES[code] : "UNKNOWN";
  }

  /** True when the task will not change any more: finished, submission failed or cancelled. */
  public boolean isTerminal() {
    return code == 2 || code == 3 || code == 4;
  }

  /** True when the platform allows a recall of the task: it was cancelled or it finished (-42 otherwise). */
  public boolean allowsRecall() {
    return code == 2 || code == 4;
  }

  @Override
  public String toString() {
    return isKnown() ? name() : "unknown(" + code + ")";
  }
}
