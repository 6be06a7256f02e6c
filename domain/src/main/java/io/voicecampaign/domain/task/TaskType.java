package io.voicecampaign.domain.task;

import io.voicecampaign.domain.shared.KnownCodes;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The kind of group call a task is. The AI-agent list query sends 3; the IVR list answers 1 or 2.
 * Other values are kept as {@code unknown(n)}.
 *
 * @param code the platform's numeric type
 */
public record TaskType(int code) {

  /** 1: ordinary (IVR) group call. */
  public static final TaskType ORDINARY = new TaskType(1);
  /** 2: script-based AI voice group call. */
  public static final TaskType AI_VOICE = new TaskType(2);
  /** 3: AI-agent group call, the kind this SDK launches. */
  public static final TaskType AI_AGENT = new TaskType(3);

  /**
   * The documented types as an enum to {@code switch} on, with {@code UNKNOWN_TO_SDK_VERSION} for any
   * code this version of the SDK does not know (the {@code code()} of the record keeps the raw value).
   */
  public enum Known {
    /** 1. */
    ORDINARY(1),
    /** 2. */
    AI_VOICE(2),
    /** 3. */
    AI_AGENT(3),
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
  public static TaskType of(int code) {
    return new TaskType(code);
  }

  /** Every documented type: ORDINARY, AI_VOICE, AI_AGENT. */
  public static Seq<TaskType> documented() {
    return List.of(Known.values()).filter(known -> known != Known.UNKNOWN_TO_SDK_VERSION).map(known -> new TaskType(known.code));
  }

  /** True for 1, 2 and 3. */
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
