package io.voicecampaign.domain.recall;

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

  /** The type for {@code code}, documented or not. */
  public static RecallType of(int code) {
    return new RecallType(code);
  }

  /** Every documented type: ALL, FAILED, BY_INTENT. */
  public static Seq<RecallType> documented() {
    return List.of(ALL, FAILED, BY_INTENT);
  }

  /** True for 0, 1 and 3. */
  public boolean isKnown() {
    return code == 0 || code == 1 || code == 3;
  }

  /** The constant's name, or {@code UNKNOWN}. */
  public String name() {
    switch (code) {
      case 0: return "ALL";
      case 1: return "FAILED";
      case 3: return "BY_INTENT";
      default: return "UNKNOWN";
    }
  }

  @Override
  public String toString() {
    return isKnown() ? name() : "unknown(" + code + ")";
  }
}
