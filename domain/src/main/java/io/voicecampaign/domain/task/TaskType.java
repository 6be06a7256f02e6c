package io.voicecampaign.domain.task;

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

  /** The type for {@code code}, documented or not. */
  public static TaskType of(int code) {
    return new TaskType(code);
  }

  /** Every documented type: ORDINARY, AI_VOICE, AI_AGENT. */
  public static Seq<TaskType> documented() {
    return List.of(ORDINARY, AI_VOICE, AI_AGENT);
  }

  /** True for 1, 2 and 3. */
  public boolean isKnown() {
    return code >= 1 && code <= 3;
  }

  /** The constant's name, or {@code UNKNOWN}. */
  public String name() {
    switch (code) {
      case 1: return "ORDINARY";
      case 2: return "AI_VOICE";
      case 3: return "AI_AGENT";
      default: return "UNKNOWN";
    }
  }

  @Override
  public String toString() {
    return isKnown() ? name() : "unknown(" + code + ")";
  }
}
