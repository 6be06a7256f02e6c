package io.voicecampaign.benchmarks.report;

import java.util.List;
import java.util.function.IntToLongFunction;

/**
 * How one case of BENCHMARKS.md reads its results: which benchmark is the SDK, which is the baseline
 * the table's ratios are taken against, which other rows give context, and the targets it is judged on.
 *
 * @param title     the case's heading
 * @param sdk       the SDK's benchmark, {@code Class.method}
 * @param baseline  the baseline's benchmark, {@code Class.method}
 * @param context   further rows shown for context
 * @param target    the targets, phrased for a reader
 * @param bodyBytes the create body's size for a callee count, when the case has a body, or null
 * @param checks    the targets, each judged on its own rows and sizes
 */
record CaseSpec(
    String title,
    String sdk,
    String baseline,
    List<String> context,
    String target,
    IntToLongFunction bodyBytes,
    List<Check> checks) {

  /** What a check compares. */
  enum Kind {
    /** {@code row}'s time under {@code limit} ms. */
    MILLIS,
    /** {@code row} / {@code against} at most {@code limit}, at the same size. */
    RATIO,
    /** {@code row}'s time per callee at the size over its time per callee at {@code fromSize}. */
    SCALING,
    /** {@code row}'s allocation per operation at most {@code limit} times the body. */
    BODY
  }

  /**
   * One target.
   *
   * @param label    what the target means, for a reader
   * @param kind     what it compares
   * @param row      the benchmark judged
   * @param against  the benchmark it is compared with (RATIO), or null
   * @param sizes    the callee counts it is judged at; empty for the largest measured, {0} for unsized cases
   * @param fromSize the callee count a SCALING check compares with
   * @param limit    the limit
   * @param spread   whether to show the ratio of each fork (JMH run) paired with the other's, too
   */
  record Check(String label, Kind kind, String row, String against, List<Integer> sizes, int fromSize,
      double limit, boolean spread) {

    static Check ratio(String label, String row, String against, List<Integer> sizes, double limit) {
      return new Check(label, Kind.RATIO, row, against, sizes, 0, limit, false);
    }

    static Check ratioWithSpread(String label, String row, String against, double limit) {
      return new Check(label, Kind.RATIO, row, against, List.of(), 0, limit, true);
    }

    static Check scaling(String label, String row, int size, int fromSize, double limit) {
      return new Check(label, Kind.SCALING, row, null, List.of(size), fromSize, limit, false);
    }

    static Check millis(String label, String row, double limit) {
      return new Check(label, Kind.MILLIS, row, null, List.of(), 0, limit, false);
    }

    static Check body(String label, String row, List<Integer> sizes, double limit) {
      return new Check(label, Kind.BODY, row, null, sizes, 0, limit, false);
    }
  }
}
