package io.voicecampaign.domain.task;

import io.voicecampaign.domain.shared.KnownCodes;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

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


  /**
   * The documented statuses as an enum to {@code switch} on, with {@code UNKNOWN_TO_SDK_VERSION} for any
   * code this version of the SDK does not know (the {@code code()} of the record keeps the raw value).
   */
  public enum Known {
    /** 0. */
    WAITING_TO_SUBMIT(0),
    /** 1. */
    CALLING(1),
    /** 2. */
    FINISHED(2),
    /** 3. */
    SUBMIT_FAILED(3),
    /** 4. */
    CANCELLED(4),
    /** 5. */
    PAUSED(5),
    /** 6. */
    SUBMITTING(6),
    /** A code the docs do not list; read the record's {@code code()}. */
    UNKNOWN_TO_SDK_VERSION(Integer.MIN_VALUE);

    private final int code;

    Known(int code) {
      this.code = code;
    }
  }

  /** This value as a {@link Known} constant, {@code UNKNOWN_TO_SDK_VERSION} when undocumented. */
  public Known known() {
    return KnownCodes.known(Known.values(), known -> known.code, code, Known.UNKNOWN_TO_SDK_VERSION);
  }

  /** The status for {@code code}, documented or not. */
  public static TaskStatus of(int code) {
    return new TaskStatus(code);
  }

  /** Every documented status, 0-6. */
  public static Seq<TaskStatus> documented() {
    return List.of(Known.values()).filter(known -> known != Known.UNKNOWN_TO_SDK_VERSION).map(known -> new TaskStatus(known.code));
  }

  /** True for the documented values 0-6. */
  public boolean isKnown() {
    return known() != Known.UNKNOWN_TO_SDK_VERSION;
  }

  /** The constant's name, or {@code UNKNOWN}. */
  public String name() {
    return isKnown() ? known().name() : "UNKNOWN";
  }

  /** True when the task will not change any more: finished, submission failed or cancelled. */
  public boolean isTerminal() {
    return code == 2 || code == 3 || code == 4;
  }

  /**
   * The status a cancel leaves a task in: a task may be cancelled only until it ends. One that has not
   * ended (or whose status this SDK does not know) becomes CANCELLED; one already cancelled stays so,
   * since cancelling it again changes nothing; one that finished or failed to submit is refused with the
   * rule's sentence.
   */
  public Either<String, TaskStatus> cancel() {
    return !isTerminal() || equals(CANCELLED)
        ? Either.right(CANCELLED)
        : Either.left("it is " + this + ", and only a task that has not ended may be cancelled");
  }

  @Override
  public String toString() {
    return isKnown() ? name() : "unknown(" + code + ")";
  }
}
