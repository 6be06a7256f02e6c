package io.voicecampaign.domain.recall;

import io.voicecampaign.domain.shared.KnownCodes;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * Whom each recall attempt dials, based on the previous attempt's result ({@code recallType}). Values
 * the docs do not list are kept as {@code unknown(n)} when read; a plan refuses them.
 *
 * @param code the platform's numeric type
 */
public record RecallType(int code) {

  /** 0: redial every callee. */
  public static final RecallType ALL = new RecallType(0);
  /** 1: redial the callees whose call failed. */
  public static final RecallType FAILED = new RecallType(1);
  /** 3: redial the callees whose call ended with one of the plan's intent codes. */
  public static final RecallType BY_INTENT = new RecallType(3);

  /**
   * The documented types as an enum to {@code switch} on, with {@code UNKNOWN_TO_SDK_VERSION} for any
   * code this version of the SDK does not know (the {@code code()} of the record keeps the raw value).
   */
  public enum Known {
    /** 0. */
    ALL(0),
    /** 1. */
    FAILED(1),
    /** 3. */
    BY_INTENT(3),
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

  /** The type for {@code code}, documented or not. */
  public static RecallType of(int code) {
    return new RecallType(code);
  }

  /** Every documented type: ALL, FAILED, BY_INTENT. */
  public static Seq<RecallType> documented() {
    return List.of(Known.values()).filter(known -> known != Known.UNKNOWN_TO_SDK_VERSION).map(known -> new RecallType(known.code));
  }

  /** True for 0, 1 and 3. */
  public boolean isKnown() {
    return known() != Known.UNKNOWN_TO_SDK_VERSION;
  }

  /** The constant's name, or {@code UNKNOWN}. */
  public String name() {
    return isKnown() ? known().name() : "UNKNOWN";
  }

  @Override
  public String toString() {
    return isKnown() ? name() : "unknown(" + code + ")";
  }
}
