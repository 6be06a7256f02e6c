package io.voicecampaign.benchmarks.report;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads a JMH JSON result file and prints the result tables of BENCHMARKS.md (markdown) to standard
 * output; with a second argument, also writes the scaling chart of the scaled cases as SVG there.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.voicecampaign.benchmarks.report.ResultsReport results.json chart.svg</pre>
 */
public final class ResultsReport {

  private final List<Result> results;
  private final PrintStream out;

  private ResultsReport(List<Result> results, PrintStream out) {
    this.results = results;
    this.out = out;
  }

  /**
   * Prints the tables for {@code args[0]} and writes the chart to {@code args[1]} when given.
   *
   * @param args the JMH JSON file, then optionally the SVG file to write
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      throw new IllegalArgumentException("usage: ResultsReport <jmh-results.json> [chart.svg]");
    }
    List<Result> results = read(Path.of(args[0]));
    new ResultsReport(results, System.out).print(Cases.all());
    if (args.length == 2) {
      String svg = ScalingChart.render(results, Cases.scaled());
      Files.writeString(Path.of(args[1]), svg, StandardCharsets.UTF_8);
    }
  }

  static List<Result> read(Path file) throws IOException {
    Moshi moshi = new Moshi.Builder().build();
    JsonAdapter<List<Object>> adapter = moshi.adapter(Types.newParameterizedType(List.class, Object.class));
    List<Object> json = adapter.fromJson(Files.readString(file, StandardCharsets.UTF_8));
    if (json == null) {
      throw new IOException(file + " holds no JMH results");
    }
    return Result.fromJmh(json);
  }

  private void print(List<CaseSpec> cases) {
    for (CaseSpec spec : cases) {
      if (find(spec.sdk(), -1).isEmpty()) {
        continue;
      }
      printCase(spec);
    }
  }

  private void printCase(CaseSpec spec) {
    out.println("### " + spec.title());
    out.println();
    out.println("Target: " + spec.target());
    out.println();
    TreeSet<Integer> sizes = new TreeSet<>();
    results.stream().filter(r -> r.benchmark().equals(spec.sdk())).forEach(r -> sizes.add(r.callees()));
    boolean scaled = sizes.size() > 1 || sizes.first() > 0;
    boolean hasBody = spec.bodyBytes() != null;
    StringBuilder header = new StringBuilder("| ");
    StringBuilder rule = new StringBuilder("|");
    List<String> columns = new ArrayList<>();
    if (scaled) {
      columns.add("callees");
    }
    columns.add("variant");
    columns.add("time per op");
    columns.add("ratio to baseline");
    if (scaled) {
      columns.add("time per callee");
    }
    columns.add("allocated per op");
    if (hasBody) {
      columns.add("body size");
      columns.add("allocated / body");
    }
    for (String column : columns) {
      header.append(column).append(" | ");
      rule.append("---|");
    }
    out.println(header.toString().trim());
    out.println(rule);
    List<String> rows = new ArrayList<>();
    rows.add(spec.sdk());
    rows.add(spec.baseline());
    rows.addAll(spec.context());
    for (int size : sizes) {
      Optional<Result> baseline = find(spec.baseline(), size);
      for (String row : rows) {
        Optional<Result> result = find(row, size);
        if (result.isEmpty()) {
          continue;
        }
        Result r = result.get();
        StringBuilder line = new StringBuilder("| ");
        if (scaled) {
          line.append(String.format(Locale.ROOT, "%,d", size)).append(" | ");
        }
        String role = row.equals(spec.sdk()) ? "**SDK** " : row.equals(spec.baseline()) ? "baseline " : "context ";
        line.append(role).append('`').append(method(row)).append("` | ");
        line.append(time(r)).append(" | ");
        line.append(baseline.map(b -> ratio(r.ms() / b.ms())).orElse("")).append(" | ");
        if (scaled) {
          line.append(perCallee(r.ms(), size)).append(" | ");
        }
        line.append(r.bytesPerOp().map(ResultsReport::bytes).orElse("n/a")).append(" | ");
        if (hasBody) {
          long body = spec.bodyBytes().applyAsLong(size);
          line.append(bytes(body)).append(" | ");
          line.append(r.bytesPerOp().map(b -> String.format(Locale.ROOT, "%.2fx", b / body)).orElse("n/a")).append(" | ");
        }
        out.println(line.toString().trim());
      }
    }
    out.println();
    out.println(verdict(spec, sizes.last()));
    out.println();
  }

  private String verdict(CaseSpec spec, int size) {
    StringBuilder text = new StringBuilder(verdict(spec, spec.sdk(), spec.baseline(), size, null));
    for (CaseSpec.Reading reading : spec.readings()) {
      text.append(System.lineSeparator()).append(System.lineSeparator())
          .append(verdict(spec, reading.row(), reading.against(), size, reading.label()));
    }
    return text.toString();
  }

  private String verdict(CaseSpec spec, String row, String against, int size, String label) {
    Result sdk = find(row, size).orElseThrow();
    Optional<Result> baseline = find(against, size);
    List<String> checks = new ArrayList<>();
    boolean met = true;
    String at = size > 0 ? String.format(Locale.ROOT, " at %,d callees", size) : "";
    if (!Double.isNaN(spec.maxMillis())) {
      boolean ok = sdk.ms() < spec.maxMillis();
      met &= ok;
      checks.add(String.format(Locale.ROOT, "`%s` %s%s (limit %s ms): %s",
          method(row), time(sdk), at, trim(spec.maxMillis()), ok ? "met" : "MISSED"));
    }
    if (!Double.isNaN(spec.maxRatio()) && baseline.isPresent()) {
      double ratio = sdk.ms() / baseline.get().ms();
      boolean ok = ratio <= spec.maxRatio();
      met &= ok;
      checks.add(String.format(Locale.ROOT, "`%s` / `%s` = %s%s (limit %s): %s",
          method(row), method(against), ratio(ratio), at, trim(spec.maxRatio()), ok ? "met" : "MISSED"));
    }
    if (!Double.isNaN(spec.maxBodyMultiple()) && sdk.bytesPerOp().isPresent()) {
      double multiple = sdk.bytesPerOp().get() / spec.bodyBytes().applyAsLong(size);
      boolean ok = multiple <= spec.maxBodyMultiple();
      met &= ok;
      checks.add(String.format(Locale.ROOT, "`%s` allocates %.2fx the body%s (limit %sx): %s",
          method(row), multiple, at, trim(spec.maxBodyMultiple()), ok ? "met" : "MISSED"));
    }
    String heading = label == null ? "**Target " + (met ? "met" : "missed") + "**"
        : "**" + label + ": " + (met ? "met" : "missed") + "**";
    return heading + ": " + String.join("; ", checks) + ".";
  }

  private Optional<Result> find(String benchmark, int callees) {
    return results.stream()
        .filter(r -> r.benchmark().equals(benchmark) && (callees < 0 || r.callees() == callees))
        .findFirst();
  }

  private static String method(String benchmark) {
    return benchmark.substring(benchmark.indexOf('.') + 1);
  }

  static String time(Result r) {
    String error = Double.isNaN(r.msError()) ? "" : " ± " + millis(r.msError());
    return millis(r.ms()) + error + " ms";
  }

  static String millis(double ms) {
    if (ms >= 100) {
      return String.format(Locale.ROOT, "%,.0f", ms);
    }
    if (ms >= 10) {
      return String.format(Locale.ROOT, "%.1f", ms);
    }
    if (ms >= 1) {
      return String.format(Locale.ROOT, "%.2f", ms);
    }
    return String.format(Locale.ROOT, "%.3f", ms);
  }

  private static String ratio(double ratio) {
    return String.format(Locale.ROOT, "%.2f", ratio);
  }

  private static String perCallee(double ms, int callees) {
    return String.format(Locale.ROOT, "%.0f ns", ms * 1_000_000 / callees);
  }

  static String bytes(double bytes) {
    if (bytes >= 1_000_000) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000);
    }
    if (bytes >= 1_000) {
      return String.format(Locale.ROOT, "%.1f kB", bytes / 1_000);
    }
    return String.format(Locale.ROOT, "%.0f B", bytes);
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value) : String.valueOf(value);
  }
}
