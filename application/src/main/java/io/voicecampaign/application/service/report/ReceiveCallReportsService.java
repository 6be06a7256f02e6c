package io.voicecampaign.application.service.report;

import io.voicecampaign.application.port.in.report.CallReportHandler;
import io.voicecampaign.application.port.in.report.ReceiveCallReportsCommand;
import io.voicecampaign.application.port.in.report.ReceiveCallReportsUseCase;
import io.voicecampaign.application.port.in.report.ReportAnswer;
import io.voicecampaign.application.port.out.CallReportDecoder;
import io.voicecampaign.application.port.out.ReportClaim;
import io.voicecampaign.application.port.out.ReportLedger;
import io.voicecampaign.application.port.out.ReportParseFailure;
import io.voicecampaign.domain.report.CallReport;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * Receives a push delivery: decodes the body, keeps the first of each {@code voiceId}, claims the
 * ids in the ledger, hands the claimed reports to the handler, and commits them when it returns or
 * releases them when it throws. The answer follows (see {@link ReceiveCallReportsUseCase}).
 */
public final class ReceiveCallReportsService implements ReceiveCallReportsUseCase {

  static final String LOGGER_NAME = "io.voicecampaign.report";
  private static final System.Logger LOG = System.getLogger(LOGGER_NAME);

  private final CallReportDecoder decoder;
  private final ReportLedger ledger;

  /** A service reading bodies with {@code decoder} and remembering handled reports in {@code ledger}. */
  @Inject
  public ReceiveCallReportsService(CallReportDecoder decoder, ReportLedger ledger) {
    this.decoder = Objects.requireNonNull(decoder, "decoder == null");
    this.ledger = Objects.requireNonNull(ledger, "ledger == null");
  }

  @Override
  public ReportAnswer receive(ReceiveCallReportsCommand command) {
    Objects.requireNonNull(command, "command == null");
    Either<ReportParseFailure, Seq<CallReport>> decoded = decoder.decode(command.body());
    if (decoded.isLeft()) {
      return decoded.getLeft() instanceof ReportParseFailure.TooLarge tooLarge
          ? new ReportAnswer.TooLarge(tooLarge) : new ReportAnswer.Malformed(decoded.getLeft());
    }
    Seq<CallReport> reports = decoded.get();
    Map<String, CallReport> firstOfEach = reports.foldLeft(LinkedHashMap.<String, CallReport>empty(),
        (kept, report) -> kept.containsKey(report.voiceId()) ? kept : kept.put(report.voiceId(), report));
    int repeated = reports.size() - firstOfEach.size();
    if (firstOfEach.isEmpty()) {
      return new ReportAnswer.Accepted(0, 0);
    }
    ReportClaim claim;
    try {
      claim = Objects.requireNonNull(ledger.claim(firstOfEach.keySet()), "the ledger's claim answered null");
    } catch (RuntimeException e) {
      return new ReportAnswer.LedgerFailed(e);
    }
    Set<String> mine = claim.claimed();
    int duplicates = repeated + claim.committed().size();
    if (!mine.isEmpty()) {
      Seq<CallReport> handed = firstOfEach.values().filter(report -> mine.contains(report.voiceId()));
      Option<Exception> refused = hand(command.handler(), handed, mine);
      if (refused.isDefined()) {
        release(mine);
        return new ReportAnswer.HandlerFailed(mine.size(), duplicates, refused.get());
      }
      commit(mine);
    }
    return claim.inFlight().isEmpty()
        ? new ReportAnswer.Accepted(mine.size(), duplicates)
        : new ReportAnswer.InFlight(mine.size(), duplicates, claim.inFlight().size());
  }

  /** What the handler threw, or nothing when it accepted; an {@link Error} is passed on once the ids are released. */
  private Option<Exception> hand(CallReportHandler handler, Seq<CallReport> reports, Set<String> ids) {
    try {
      handler.handle(reports);
      return Option.none();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Option.some(e);
    } catch (Exception e) {
      return Option.some(e);
    } catch (Error e) {
      release(ids);
      throw e;
    }
  }

  private void commit(Set<String> ids) {
    try {
      ledger.commit(ids);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "the report ledger failed to commit " + ids.size()
          + " handled reports; a later delivery of them is answered in flight or handed again", e);
    }
  }

  private void release(Set<String> ids) {
    try {
      ledger.release(ids);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "the report ledger failed to release " + ids.size()
          + " refused reports; they stay claimed", e);
    }
  }

  @Override
  public String toString() {
    return "ReceiveCallReportsService[decoder=" + decoder + ", ledger=" + ledger + "]";
  }
}
