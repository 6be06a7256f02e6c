package io.voicecampaign.domain.report;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The kind of call a pushed report describes ({@code type}). The AI-agent push documents only 1;
 * other values are kept as {@code unknown(n)}. This numbering is the AI-agent push's own: the voice
 * status push numbers its types differently.
 *
 * @param code the platform's numeric type
 */
public record CallReportType(int code) {

  /** 1: a call of an AI-agent group-call task. */
  public static final CallReportType AI_AGENT_GROUP_CALL = new CallReportType(1);

  /** The type for {@code code}, documented or not. */
  public static CallReportType of(int code) {
    return new CallReportType(code);
  }

  /** Every documented type. */
  public static Seq<CallReportType> documented() {
    return List.of(AI_AGENT_GROUP_CALL);
  }

  /** True for 1. */
  public boolean isKnown() {
    return code == 1;
  }

  /** The constant's name, or {@code UNKNOWN}. */
  public String name() {
    return isKnown() ? "AI_AGENT_GROUP_CALL" : "UNKNOWN";
  }

  @Override
  public String toString() {
    return isKnown() ? name() : "unknown(" + code + ")";
  }
}
