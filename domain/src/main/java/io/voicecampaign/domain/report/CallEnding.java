package io.voicecampaign.domain.report;

/**
 * How a reported call ended, read from the documented fields only: the push has no result field, so
 * the times say it. A call with an answer time was answered; one whose phone rang (a ringing time,
 * or a ring duration above zero) but has no answer time rang unanswered; any other was not reached
 * (the number failed, was busy or never rang).
 */
public enum CallEnding {
  /** The callee answered: {@code answerTime} is present. */
  ANSWERED,
  /** The phone rang ({@code ringingTime} present or {@code ringDuration} above zero), nobody answered. */
  RANG_UNANSWERED,
  /** The phone never rang: no answer time, no ringing time, no ring duration. */
  NOT_REACHED;

  /** How {@code report}'s call ended. */
  public static CallEnding of(CallReport report) {
    if (report.answered()) {
      return ANSWERED;
    }
    boolean rang = report.ringingTime().isDefined() || report.ringDuration().exists(seconds -> seconds > 0);
    return rang ? RANG_UNANSWERED : NOT_REACHED;
  }
}
