package io.voicecampaign.examples;

import io.voicecampaign.domain.report.CallReport;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.util.Objects;

/**
 * The call reports the tour takes in: those of the callees it launched a campaign to, kept as they
 * arrive, from whichever thread delivers them. Thread-safe.
 */
final class ReportInbox {

  private final Set<String> callees;
  private List<CallReport> reports = List.empty();

  /** An inbox for the reports of calls to {@code callees}; reports of other calls are not kept. */
  ReportInbox(Set<String> callees) {
    this.callees = Objects.requireNonNull(callees, "callees == null");
  }

  /** Keeps those of {@code batch} that are calls to the inbox's callees. */
  synchronized void accept(Seq<CallReport> batch) {
    reports = reports.appendAll(batch.filter(report -> report.callee().exists(callees::contains)));
  }

  /** Every report kept, in the order they arrived. */
  synchronized Seq<CallReport> reports() {
    return reports;
  }

  /** How many of the inbox's callees a report has arrived for. */
  synchronized int calleesReported() {
    return reports.flatMap(CallReport::callee).distinct().size();
  }
}
