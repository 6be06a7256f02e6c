package io.voicecampaign.application.port.in.report;

/**
 * Receives one delivery of the platform's AI-agent status-report push and says what to answer it.
 * The platform takes HTTP 200 as accepted and delivers anything else again, every 30 minutes, at
 * most three more times; this use case answers 200 only once the handler accepted the delivery's new
 * reports, and hands each report to the handler once however often it is delivered (within what the
 * {@code ReportLedger} remembers).
 *
 * <p>Never throws for the body, the handler or the ledger: every outcome is a {@link ReportAnswer}
 * (an {@link Error} the handler throws is passed on, once its reports are released).
 */
public interface ReceiveCallReportsUseCase {

  /**
   * Reads the delivery, hands its new reports to its handler and answers the HTTP status to reply:
   * {@link ReportAnswer.Accepted} (200, also when every report was a duplicate), {@link
   * ReportAnswer.HandlerFailed} (500), {@link ReportAnswer.InFlight} or {@link
   * ReportAnswer.LedgerFailed} (503), {@link ReportAnswer.Malformed} (400) or {@link
   * ReportAnswer.TooLarge} (413).
   */
  ReportAnswer receive(ReceiveCallReportsCommand command);
}
