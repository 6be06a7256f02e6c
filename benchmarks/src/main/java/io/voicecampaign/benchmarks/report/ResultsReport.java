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
 * Reads JMH JSON result files and prints the result tables of BENCHMARKS.md (markdown) to standard
 * output; given an {@code .svg} file too, also writes the scaling chart of the scaled cases there.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.voicecampaign.benchmarks.report.ResultsReport results.json [more.json ...] chart.svg</pre>
 */
public final class ResultsReport {

  private final List<Result> results;
  private final PrintStream out;

  private ResultsReport(List<Result> results, PrintStream out) {
    this.results = results;
    this.out = out;
  }

  /**
   * Prints the tables for the {@code .json} files among {@code args} and writes the chart to the
   * {@code .svg} file among them, when there is one.
   *
   * @param args JMH JSON files, and optionally the SVG file to write
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    List<Result> results = new ArrayList<>();
    Path chart = null;
    for (String arg : args) {
      if (arg.endsWith(".svg")) {
        chart = Path.of(arg);
      } else {
        results.addAll(read(Path.of(arg)));
      }
    }
    if (results.isEmpty()) {
      throw new IllegalArgumentException("usage: ResultsReport <jmh-results.json> [more.json ...] [chart.svg]");
    }
    new ResultsReport(results, System.out).print(Cases.all());
    if (chart != null) {
      Files.writeString(chart, ScalingChart.render(results, Cases.scaled()), StandardCharsets.UTF_8);
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

  private String verdict(CaseSpec spec, int largest) {
    List<String> lines = new ArrayList<>();
    for (CaseSpec.Check check : spec.checks()) {
      lines.add(verdict(spec, check, largest));
    }
    return String.join(System.lineSeparator() + System.lineSeparator(), lines);
  }

  private String verdict(CaseSpec spec, CaseSpec.Check check, int largest) {
    List<Integer> sizes = check.sizes().isEmpty() ? List.of(largest) : check.sizes();
    List<String> parts = new ArrayList<>();
    boolean met = true;
    for (int size : sizes) {
      Optional<Result> row = find(check.row(), size);
      if (row.isEmpty()) {
        parts.add(String.format(Locale.ROOT, "`%s`%s not measured", method(check.row()), at(size)));
        met = false;
        continue;
      }
      Result r = row.get();
      double value;
      String reading;
      switch (check.kind()) {
        case MILLIS -> {
          value = r.ms();
          reading = String.format(Locale.ROOT, "`%s` %s%s (limit %s ms)", method(check.row()), time(r), at(size), trim(check.limit()));
        }
        case RATIO -> {
          Optional<Result> against = find(check.against(), size);
          if (against.isEmpty()) {
            parts.add(String.format(Locale.ROOT, "`%s`%s not measured", method(check.against()), at(size)));
            met = false;
            continue;
          }
          value = r.ms() / against.get().ms();
          reading = String.format(Locale.ROOT, "`%s` / `%s` = %s%s (limit %s)%s", method(check.row()),
              method(check.against()), ratio(value), at(size), trim(check.limit()),
              check.spread() ? spread(r, against.get()) : "");
        }
        case SCALING -> {
          Optional<Result> from = find(check.row(), check.fromSize());
          if (from.isEmpty()) {
            parts.add(String.format(Locale.ROOT, "`%s`%s not measured", method(check.row()), at(check.fromSize())));
            met = false;
            continue;
          }
          double perCallee = r.ms() / size;
          double fromPerCallee = from.get().ms() / check.fromSize();
          value = perCallee / fromPerCallee;
          reading = String.format(Locale.ROOT, "`%s` %s per callee%s / %s%s = %s (limit %s)", method(check.row()),
              perCallee(r.ms(), size), at(size), perCallee(from.get().ms(), check.fromSize()), at(check.fromSize()),
              ratio(value), trim(check.limit()));
        }
        case BODY -> {
          if (r.bytesPerOp().isEmpty()) {
            parts.add(String.format(Locale.ROOT, "`%s`%s: no allocation measured", method(check.row()), at(size)));
            met = false;
            continue;
          }
          value = r.bytesPerOp().get() / spec.bodyBytes().applyAsLong(size);
          reading = String.format(Locale.ROOT, "`%s` allocates %.2fx the body%s (limit %sx)", method(check.row()), value,
              at(size), trim(check.limit()));
        }
        default -> throw new IllegalStateException("unknown check " + check.kind());
      }
      boolean ok = check.kind() == CaseSpec.Kind.MILLIS ? value < check.limit() : value <= check.limit();
      met &= ok;
      parts.add(reading + ": " + (ok ? "met" : "MISSED"));
    }
    return "**" + check.label() + ": " + (met ? "met" : "missed") + "**: " + String.join("; ", parts) + ".";
  }

  /** The ratio of each fork of {@code row} to the same fork of {@code against}: one run each. */
  private static String spread(Result row, Result against) {
    int forks = Math.min(row.forkMs().size(), against.forkMs().size());
    if (forks < 2) {
      return "";
    }
    List<String> ratios = new ArrayList<>();
    double min = Double.MAX_VALUE;
    double max = 0;
    for (int f = 0; f < forks; f++) {
      double ratio = row.forkMs().get(f) / against.forkMs().get(f);
      ratios.add(ratio(ratio));
      min = Math.min(min, ratio);
      max = Math.max(max, ratio);
    }
    return String.format(Locale.ROOT, ", %d runs %s-%s (%s)", forks, ratio(min), ratio(max), String.join(", ", ratios));
  }

  private static String at(int size) {
    return size > 0 ? String.format(Locale.ROOT, " at %,d callees", size) : "";
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
