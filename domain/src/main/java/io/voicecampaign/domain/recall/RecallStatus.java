package io.voicecampaign.domain.recall;

import io.voicecampaign.domain.shared.KnownCodes;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The status of a recall flow and of each of its nodes (the same values for both). Values the docs
 * do not list are kept as {@code unknown(n)}.
 *
 * <p>Legal moves: PENDING to IN_PROGRESS to COMPLETED; PENDING or IN_PROGRESS to CANCELLED; PENDING or
 * IN_PROGRESS to EXECUTION_EXCEPTION. COMPLETED, CANCELLED and EXECUTION_EXCEPTION are final.
 *
 * @param code the platform's numeric status
 */
public record RecallStatus(int code) {

  /** 0: pending; the only status in which a flow may be edited or cancelled whole. */
  public static final RecallStatus PENDING = new RecallStatus(0);
  /** 1: in progress. */
  public static final RecallStatus IN_PROGRESS = new RecallStatus(1);
  /** 2: completed. */
  public static final RecallStatus COMPLETED = new RecallStatus(2);
  /** 3: cancelled. */
  public static final RecallStatus CANCELLED = new RecallStatus(3);
  /** 4: execution exception. */
  public static final RecallStatus EXECUTION_EXCEPTION = new RecallStatus(4);


  /**
   * The documented statuses as an enum to {@code switch} on, with {@code UNKNOWN_TO_SDK_VERSION} for any
   * code this version of the SDK does not know (the {@code code()} of the record keeps the raw value).
   */
  public enum Known {
    /** 0. */
    PENDING(0),
    /** 1. */
    IN_PROGRESS(1),
    /** 2. */
    COMPLETED(2),
    /** 3. */
    CANCELLED(3),
    /** 4. */
    EXECUTION_EXCEPTION(4),
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
  public static RecallStatus of(int code) {
    return new RecallStatus(code);
  }

  /** Every documented status, 0-4. */
  public static Seq<RecallStatus> documented() {
    return List.of(Known.values()).filter(known -> known != Known.UNKNOWN_TO_SDK_VERSION).map(known -> new RecallStatus(known.code));
  }

  /** True for 0-4. */
  public boolean isKnown() {
    return known() != Known.UNKNOWN_TO_SDK_VERSION;
  }

  /** The constant's name, or {@code UNKNOWN}. */
  public String name() {
    return isKnown() ? known().name() : "UNKNOWN";
  }

  /** True for COMPLETED, CANCELLED and EXECUTION_EXCEPTION. */
  public boolean isTerminal() {
    return code == 2 || code == 3 || code == 4;
  }

  /** True when the state rules allow moving from this status to {@code next}. */
  public boolean canMoveTo(RecallStatus next) {
    if (code == 0) {
      return next.code == 1 || next.code == 3 || next.code == 4;
    }
    if (code == 1) {
      return next.code == 2 || next.code == 3 || next.code == 4;
    }
    return false;
  }

  @Override
  public String toString() {
    return isKnown() ? name() : "unknown(" + code + ")";
  }
}
