package io.voicecampaign.benchmarks.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One JMH result: a benchmark method at one parameter value, its score in milliseconds per operation
 * and its allocation per operation (from the gc profiler) when measured.
 *
 * @param benchmark   the simple class name and method, {@code BuildCampaignBenchmark.sdkBuildAndValidate}
 * @param callees     the {@code callees} parameter, or 0 when the benchmark has none
 * @param ms          the score in milliseconds per operation
 * @param msError     the score's 99.9% error in milliseconds (NaN when JMH gave none)
 * @param bytesPerOp  bytes allocated per operation, if the gc profiler ran
 * @param forkMs      the mean score of each fork, in milliseconds per operation
 */
record Result(String benchmark, int callees, double ms, double msError, Optional<Double> bytesPerOp, List<Double> forkMs) {

  /** Reads JMH's JSON result list (as parsed into maps and lists). */
  @SuppressWarnings("unchecked")
  static List<Result> fromJmh(List<Object> json) {
    return json.stream().map(entry -> {
      Map<String, Object> run = (Map<String, Object>) entry;
      String full = (String) run.get("benchmark");
      String[] parts = full.split("\\.");
      String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
      Map<String, Object> params = (Map<String, Object>) run.getOrDefault("params", Map.of());
      int callees = params.containsKey("callees") ? Integer.parseInt((String) params.get("callees")) : 0;
      Map<String, Object> primary = (Map<String, Object>) run.get("primaryMetric");
      double factor = toMillis((String) primary.get("scoreUnit"));
      double score = number(primary.get("score")) * factor;
      double error = number(primary.get("scoreError")) * factor;
      Map<String, Object> secondary = (Map<String, Object>) run.getOrDefault("secondaryMetrics", Map.of());
      Optional<Double> bytes = Optional.ofNullable((Map<String, Object>) secondary.get("gc.alloc.rate.norm"))
          .map(metric -> number(metric.get("score")));
      List<Double> forks = ((List<List<Object>>) primary.getOrDefault("rawData", List.of())).stream()
          .map(fork -> fork.stream().mapToDouble(Result::number).average().orElse(Double.NaN) * factor)
          .toList();
      return new Result(name, callees, score, error, bytes, forks);
    }).toList();
  }

  private static double number(Object value) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    // JMH writes "NaN" as a string when a score has no error estimate
    return Double.NaN;
  }

  private static double toMillis(String unit) {
    String time = unit.substring(0, unit.indexOf('/'));
    return switch (time) {
      case "s" -> 1000.0;
      case "ms" -> 1.0;
      case "us" -> 0.001;
      case "ns" -> 0.000001;
      default -> throw new IllegalArgumentException("unexpected JMH unit " + unit);
    };
  }
}
