package io.voicecampaign.examples;

import io.voicecampaign.domain.report.CallReportSummary;
import io.voicecampaign.domain.report.CallTally;
import io.vavr.collection.Map;
import java.io.PrintStream;
import java.math.BigDecimal;

/** Prints a {@link CallReportSummary} as the tour shows it: one line per recall attempt and one for all calls. */
final class ReportLines {

  private ReportLines() {}

  static void print(PrintStream out, CallReportSummary summary) {
    summary.byAttempt().forEach((attempt, tally) ->
        out.println("   " + (attempt == 0 ? "the launched task  " : "recall attempt " + attempt + "   ") + line(tally)));
    if (summary.withoutAttempt().calls() > 0 && !summary.byAttempt().isEmpty()) {
      out.println("   attempt not given  " + line(summary.withoutAttempt()));
    }
    out.println("   all calls          " + line(summary.total()));
  }

  static String line(CallTally tally) {
    String rate = tally.answeredRate().map(r -> r.movePointRight(2).stripTrailingZeros().toPlainString() + "%").getOrElse("-");
    return String.format("%,d calls: %,d answered (%s), %,d rang unanswered, %,d not reached; %,.2f call and %,.2f agent"
            + " minutes charged; cost %s + agent %s (quote currency)%s", tally.calls(), tally.answered(), rate,
        tally.rangUnanswered(), tally.notReached(), tally.chargedCallMinutes(), tally.chargedAgentMinutes(), plain(tally.cost()),
        plain(tally.aiAgentQuoteFee()), local(tally.settlePay(), tally.aiAgentFee()));
  }

  private static String local(Map<String, BigDecimal> settlePay, Map<String, BigDecimal> agentFee) {
    if (settlePay.isEmpty() && agentFee.isEmpty()) {
      return "";
    }
    return "; local " + settlePay.keySet().addAll(agentFee.keySet()).toSortedSet()
        .map(currency -> plain(settlePay.get(currency).getOrElse(BigDecimal.ZERO)) + " + agent "
            + plain(agentFee.get(currency).getOrElse(BigDecimal.ZERO)) + " ("
            + (currency.equals(CallTally.CURRENCY_NOT_SENT) ? "currency not sent" : currency) + ")")
        .mkString(", ");
  }

  private static String plain(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }
}
