package io.voicecampaign.domain.report;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;

/**
 * A task's calls as its reports tell them: a {@link CallTally} of all of them, and one per recall
 * attempt where the reports say which attempt made the call. Build it from the reports of one task
 * and its recall attempts; the push does not name the task, so which reports belong together is
 * the caller's to decide. A report repeated (the same {@code voiceId}) counts once: the first one.
 *
 * @param total          every call
 * @param byAttempt      the calls per recall attempt (0 the launched task, 1.. the recall attempts), in order
 * @param withoutAttempt the calls whose attempt the reading did not give
 */
public record CallReportSummary(CallTally total, SortedMap<Integer, CallTally> byAttempt, CallTally withoutAttempt) {

  public CallReportSummary {
    Objects.requireNonNull(total, "total == null");
    Objects.requireNonNull(byAttempt, "byAttempt == null");
    Objects.requireNonNull(withoutAttempt, "withoutAttempt == null");
  }

  /** The summary of {@code reports}, without attempts: every call is in {@link #withoutAttempt()}. */
  public static CallReportSummary of(Iterable<CallReport> reports) {
    return of(reports, report -> Option.none());
  }

  /**
   * The summary of {@code reports}, grouped by the attempt {@code attemptOf} reads from each
   * ({@link RecallAttempts#simulator()} on the simulator's reports).
   */
  public static CallReportSummary of(Iterable<CallReport> reports, Function<CallReport, Option<Integer>> attemptOf) {
    Objects.requireNonNull(reports, "reports == null");
    Objects.requireNonNull(attemptOf, "attemptOf == null");
    CallTally total = CallTally.EMPTY;
    SortedMap<Integer, CallTally> byAttempt = TreeMap.empty();
    CallTally withoutAttempt = CallTally.EMPTY;
    Set<String> seen = HashSet.empty();
    for (CallReport report : reports) {
      Objects.requireNonNull(report, "reports holds null");
      if (seen.contains(report.voiceId())) {
        continue;
      }
      seen = seen.add(report.voiceId());
      total = total.plus(report);
      Option<Integer> attempt = Objects.requireNonNull(attemptOf.apply(report), "attemptOf answered null");
      if (attempt.isDefined()) {
        int at = attempt.get();
        byAttempt = byAttempt.put(at, byAttempt.get(at).getOrElse(CallTally.EMPTY).plus(report));
      } else {
        withoutAttempt = withoutAttempt.plus(report);
      }
    }
    return new CallReportSummary(total, byAttempt, withoutAttempt);
  }

  /** The calls of attempt {@code attempt}; an empty tally when no report names it. */
  public CallTally attempt(int attempt) {
    return byAttempt.get(attempt).getOrElse(CallTally.EMPTY);
  }
}
