package io.voicecampaign.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws the scaled cases as one SVG: a panel per case, callees on a log axis, time per operation on a
 * log axis, one line per variant. On log-log axes linear growth is a straight line of slope one; a
 * dashed grey line of that slope through the SDK's smallest point shows where linear growth would be.
 */
final class ScalingChart {

  private static final String[] COLORS = {"#d62728", "#1f77b4", "#7f7f7f", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"};
  private static final int PANEL_WIDTH = 460;
  private static final int PANEL_HEIGHT = 300;
  private static final int LEFT = 60;
  private static final int TOP = 40;
  private static final int PLOT_WIDTH = 320;
  private static final int PLOT_HEIGHT = 190;

  private ScalingChart() {}

  static String render(List<Result> results, List<CaseSpec> cases) {
    List<CaseSpec> drawn = cases.stream()
        .filter(spec -> results.stream().anyMatch(r -> r.benchmark().equals(spec.sdk())))
        .toList();
    int width = PANEL_WIDTH * Math.max(1, drawn.size());
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
            + "font-family=\"sans-serif\" font-size=\"11\">%n", width, PANEL_HEIGHT, width, PANEL_HEIGHT));
    svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, PANEL_HEIGHT));
    for (int i = 0; i < drawn.size(); i++) {
      panel(svg, results, drawn.get(i), i * PANEL_WIDTH);
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static void panel(StringBuilder svg, List<Result> results, CaseSpec spec, int x0) {
    List<String> series = new ArrayList<>();
    series.add(spec.sdk());
    series.add(spec.baseline());
    series.addAll(spec.context());
    List<Result> mine = results.stream().filter(r -> series.contains(r.benchmark())).toList();
    double minX = mine.stream().mapToDouble(Result::callees).min().orElse(1);
    double maxX = mine.stream().mapToDouble(Result::callees).max().orElse(10);
    double minY = Math.pow(10, Math.floor(Math.log10(mine.stream().mapToDouble(Result::ms).min().orElse(0.01))));
    double maxY = Math.pow(10, Math.ceil(Math.log10(mine.stream().mapToDouble(Result::ms).max().orElse(1000))));
    Axes axes = new Axes(x0 + LEFT, TOP, minX, maxX, minY, maxY);

    String title = spec.title().replaceFirst(" \\(.*\\)$", "");
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-size=\"13\" font-weight=\"bold\">%s</text>%n",
        x0 + 10, escape(title)));
    // frame and grid: one line per decade of time
    svg.append(String.format(Locale.ROOT,
        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#444\"/>%n",
        axes.left, axes.top, PLOT_WIDTH, PLOT_HEIGHT));
    for (double y = minY; y <= maxY * 1.0001; y *= 10) {
      double py = axes.y(y);
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", axes.left, py, axes.left + PLOT_WIDTH, py));
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", axes.left - 5, py + 4, decade(y)));
    }
    mine.stream().mapToInt(Result::callees).distinct().sorted().forEach(callees -> {
      double px = axes.x(callees);
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
          px, axes.top + PLOT_HEIGHT + 15, String.format(Locale.ROOT, "%,d", callees)));
    });
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">callees (log scale)</text>%n",
        axes.left + PLOT_WIDTH / 2, axes.top + PLOT_HEIGHT + 32));
    svg.append(String.format(Locale.ROOT,
        "<text transform=\"translate(%d,%d) rotate(-90)\" text-anchor=\"middle\">ms per operation (log scale)</text>%n",
        x0 + 14, axes.top + PLOT_HEIGHT / 2));

    // where linear growth from the SDK's smallest size would be
    mine.stream().filter(r -> r.benchmark().equals(spec.sdk()) && r.callees() == (int) minX).findFirst().ifPresent(first -> {
      double end = first.ms() * maxX / minX;
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#999\" stroke-dasharray=\"4 3\"/>%n",
          axes.x(minX), axes.y(first.ms()), axes.x(maxX), axes.y(end)));
    });

    for (int s = 0; s < series.size(); s++) {
      String name = series.get(s);
      String color = COLORS[s % COLORS.length];
      List<Result> points = mine.stream().filter(r -> r.benchmark().equals(name))
          .sorted((a, b) -> Integer.compare(a.callees(), b.callees())).toList();
      if (points.isEmpty()) {
        continue;
      }
      StringBuilder path = new StringBuilder();
      for (Result p : points) {
        path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", axes.x(p.callees()), axes.y(p.ms())));
      }
      svg.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n", path, color));
      for (Result p : points) {
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n",
            axes.x(p.callees()), axes.y(p.ms()), color));
      }
      int legendY = axes.top + PLOT_HEIGHT + 48;
      int legendX = x0 + 10 + (s % 2) * 215;
      int row = s / 2;
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"3\" fill=\"%s\"/>%n",
          legendX, legendY + row * 14 - 4, color));
      String label = (name.equals(spec.sdk()) ? "SDK: " : name.equals(spec.baseline()) ? "baseline: " : "context: ")
          + name.substring(name.indexOf('.') + 1);
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", legendX + 14, legendY + row * 14, escape(label)));
    }
  }

  private static String decade(double value) {
    if (value >= 1) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, "%s", Double.toString(value).replaceAll("0+$", ""));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Maps values to pixels on log-log axes. */
  private record Axes(int left, int top, double minX, double maxX, double minY, double maxY) {
    double x(double value) {
      double span = Math.log10(maxX) - Math.log10(minX);
      double pad = 20;
      return left + pad + (span == 0 ? 0 : (Math.log10(value) - Math.log10(minX)) / span * (PLOT_WIDTH - 2 * pad));
    }

    double y(double value) {
      double span = Math.log10(maxY) - Math.log10(minY);
      return top + PLOT_HEIGHT - (Math.log10(value) - Math.log10(minY)) / span * PLOT_HEIGHT;
    }
  }
}
