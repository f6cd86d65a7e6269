package io.github.parallelthreads.benchmarks.race;

import static io.github.parallelthreads.benchmarks.SvgChart.escape;

import io.github.parallelthreads.benchmarks.SvgChart;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Draws exposure probability per kernel and runner as grouped bars with 95 % intervals. */
final class ExposureChart {

  private static final int LEFT = 60;
  private static final int TOP = 40;
  private static final int PLOT_HEIGHT = 260;
  private static final int BAR = 11;
  private static final int GAP = 14;

  static String svg(
      List<Kernel<?>> kernels, List<Runner> runners, Map<String, Exposures> cells, String title) {
    int groupWidth = runners.size() * BAR + GAP;
    int width = LEFT + kernels.size() * groupWidth + 20;
    int legendTop = TOP + PLOT_HEIGHT + 70;
    int height = legendTop + runners.size() * 16 + 10;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"11\">%n"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n"
                + "<text x=\"%d\" y=\"20\" font-size=\"13\">%s</text>%n",
            width,
            height,
            LEFT,
            escape(title)));
    for (int percent = 0; percent <= 100; percent += 25) {
      double y = y(percent / 100.0);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d%%</text>%n",
              LEFT,
              y,
              width - 20,
              y,
              LEFT - 6,
              y + 4,
              percent));
    }
    for (int k = 0; k < kernels.size(); k++) {
      int groupLeft = LEFT + k * groupWidth + GAP / 2;
      for (int r = 0; r < runners.size(); r++) {
        Exposures cell = cells.get(key(kernels.get(k), runners.get(r)));
        double x = groupLeft + r * BAR;
        double top = y(cell.probability());
        double[] interval = cell.interval();
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\">"
                    + "<title>%s, %s: %d of %d</title></rect>%n"
                    + "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"black\"/>%n",
                x,
                top,
                BAR - 1,
                y(0) - top,
                colour(r),
                kernels.get(k).name(),
                runners.get(r).id,
                cell.exposed(),
                cell.trials(),
                x + BAR / 2.0 - 0.5,
                y(interval[1]),
                x + BAR / 2.0 - 0.5,
                y(interval[0])));
      }
      double labelX = groupLeft + runners.size() * BAR / 2.0;
      double labelY = TOP + PLOT_HEIGHT + 14;
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" transform=\"rotate(-30 %.1f %.1f)\">"
                  + "%s</text>%n",
              labelX,
              labelY,
              labelX,
              labelY,
              escape(kernels.get(k).name())));
    }
    for (int r = 0; r < runners.size(); r++) {
      int y = legendTop + r * 16;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                  + "<text x=\"%d\" y=\"%d\">%s: %s</text>%n",
              LEFT,
              y,
              colour(r),
              LEFT + 16,
              y + 9,
              escape(runners.get(r).id),
              escape(runners.get(r).description)));
    }
    return svg.append("</svg>\n").toString();
  }

  static String key(Kernel<?> kernel, Runner runner) {
    return kernel.name() + "/" + runner.id;
  }

  private static double y(double probability) {
    return TOP + PLOT_HEIGHT * (1 - probability);
  }

  /** The runner's colour, from the palette the other charts use. */
  private static String colour(int runner) {
    return SvgChart.PALETTE.get(runner % SvgChart.PALETTE.size());
  }

  private ExposureChart() {}
}
