package io.voicecampaign.application.port.in.report;

import io.voicecampaign.domain.report.CallReport;
import io.vavr.collection.Seq;

/**
 * What the user does with pushed call reports: store them, update their campaign's state. Called
 * with the reports of one delivery not handed before, each {@code voiceId} once, never with an
 * empty batch; it may be called from several threads at once, with different reports.
 *
 * <p>Returning accepts the reports: they are committed and the platform is answered 200. Throwing
 * refuses them: none of them is committed, the platform is answered 500, and its next delivery of
 * the batch hands them again. So make it accept only once the reports are safe, and keep it all or
 * nothing for a batch (one transaction), or able to take again what it half-did.
 */
@FunctionalInterface
public interface CallReportHandler {

  /** Takes the reports; throws to have them delivered again. */
  void handle(Seq<CallReport> reports) throws Exception;
}
