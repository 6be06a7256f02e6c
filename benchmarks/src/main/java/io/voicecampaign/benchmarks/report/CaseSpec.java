package io.voicecampaign.benchmarks.report;

import java.util.List;
import java.util.function.IntToLongFunction;

/**
 * How one case of BENCHMARKS.md reads its results: which benchmark is the SDK, which is the baseline
 * the ratio is taken against, which other rows give context, and what the target is.
 *
 * @param title       the case's heading
 * @param sdk         the SDK's benchmark, {@code Class.method}
 * @param baseline    the baseline's benchmark, {@code Class.method}
 * @param context     further rows shown for context, not used in the ratio
 * @param target      the target, phrased for a reader
 * @param maxMillis   the SDK's limit in ms at the largest size, or NaN
 * @param maxRatio    the limit of SDK / baseline at the largest size, or NaN
 * @param maxBodyMultiple the limit of SDK allocation per op / body size, or NaN
 * @param bodyBytes   the create body's size for a callee count, when the case has a body
 * @param readings    further rows judged against the same targets, each against its own baseline
 */
record CaseSpec(
    String title,
    String sdk,
    String baseline,
    List<String> context,
    String target,
    double maxMillis,
    double maxRatio,
    double maxBodyMultiple,
    IntToLongFunction bodyBytes,
    List<Reading> readings) {

  /**
   * A further reading of a case: {@code row} judged against {@code against} with the case's limits.
   *
   * @param label   what the reading means, for a reader
   * @param row     the benchmark judged
   * @param against the benchmark it is compared with
   */
  record Reading(String label, String row, String against) {}
}
