package io.github.parallelthreads.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart written as SVG: logarithmic x (base 2) and y (base 10) axes, one line per series, a
 * legend. Just enough for the benchmark's charts, so that the docs' charts come from the run that
 * produced the tables.
 */
public final class SvgChart {

  /** One line: points in x order; {@code dashed} tells two families apart in one chart. */
  public record Series(String name, String color, boolean dashed, double[] xs, double[] ys) {}

  private static final int WIDTH = 800;
  private static final int HEIGHT = 440;
  private static final int LEFT = 70;
  private static final int RIGHT = 280;
  private static final int TOP = 40;
  private static final int BOTTOM = 50;

  /** Colours told apart also by readers with the common colour-vision deficiencies. */
  public static final List<String> PALETTE =
      List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000");

  private final String title;
  private final String xLabel;
  private final String yLabel;
  private final List<Series> series = new ArrayList<>();

  public SvgChart(String title, String xLabel, String yLabel) {
    this.title = title;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
  }

  public SvgChart add(Series line) {
    series.add(line);
    return this;
  }

  public void writeTo(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, render(), StandardCharsets.UTF_8);
  }

  String render() {
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (Series line : series) {
      for (double x : line.xs()) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
      }
      for (double y : line.ys()) {
        minY = Math.min(minY, Math.max(y, 1e-3));
        maxY = Math.max(maxY, y);
      }
    }
    Axes axes =
        new Axes(
            log2(minX),
            log2(maxX),
            Math.floor(Math.log10(minY)),
            Math.ceil(Math.log10(Math.max(maxY, minY * 10))));
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n",
            WIDTH,
            HEIGHT,
            WIDTH,
            HEIGHT));
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    text(svg, WIDTH / 2.0 - RIGHT / 2.0, 22, "middle", 15, title);
    for (double decade = axes.minY(); decade <= axes.maxY(); decade++) {
      double y = axes.y(Math.pow(10, decade));
      line(svg, LEFT, y, WIDTH - RIGHT, y, "#dddddd");
      text(svg, LEFT - 6, y + 4, "end", 12, number(Math.pow(10, decade)));
    }
    for (double power = Math.ceil(axes.minX()); power <= axes.maxX(); power++) {
      double x = axes.x(Math.pow(2, power));
      line(svg, x, TOP, x, HEIGHT - BOTTOM, "#eeeeee");
      text(svg, x, HEIGHT - BOTTOM + 16, "middle", 12, number(Math.pow(2, power)));
    }
    line(svg, LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "#333333");
    line(svg, LEFT, TOP, LEFT, HEIGHT - BOTTOM, "#333333");
    text(svg, (LEFT + WIDTH - RIGHT) / 2.0, HEIGHT - 12, "middle", 13, xLabel);
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"16\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"13\""
                + " transform=\"rotate(-90 16 %.1f)\">%s</text>%n",
            (TOP + HEIGHT - BOTTOM) / 2.0,
            (TOP + HEIGHT - BOTTOM) / 2.0,
            escape(yLabel)));
    for (int i = 0; i < series.size(); i++) {
      Series line = series.get(i);
      StringBuilder points = new StringBuilder();
      for (int p = 0; p < line.xs().length; p++) {
        double x = axes.x(line.xs()[p]);
        double y = axes.y(Math.max(line.ys()[p], Math.pow(10, axes.minY())));
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        svg.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>%n",
                x,
                y,
                line.color()));
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s points=\"%s\"/>%n",
              line.color(),
              line.dashed() ? " stroke-dasharray=\"6 4\"" : "",
              points.toString().trim()));
      double legendY = TOP + 10 + i * 20;
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\""
                  + " stroke-width=\"2\"%s/>%n",
              WIDTH - RIGHT + 15,
              legendY,
              WIDTH - RIGHT + 45,
              legendY,
              line.color(),
              line.dashed() ? " stroke-dasharray=\"6 4\"" : ""));
      text(svg, WIDTH - RIGHT + 52, legendY + 4, "start", 12, line.name());
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** Maps data to the plot area. */
  private record Axes(double minX, double maxX, double minY, double maxY) {
    double x(double value) {
      double span = Math.max(maxX - minX, 1e-9);
      return LEFT + (log2(value) - minX) / span * (WIDTH - LEFT - RIGHT);
    }

    double y(double value) {
      return HEIGHT - BOTTOM - (Math.log10(value) - minY) / (maxY - minY) * (HEIGHT - TOP - BOTTOM);
    }
  }

  private static double log2(double value) {
    return Math.log(value) / Math.log(2);
  }

  private static void line(
      StringBuilder svg, double x1, double y1, double x2, double y2, String c) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
            x1,
            y1,
            x2,
            y2,
            c));
  }

  private static void text(
      StringBuilder svg, double x, double y, String anchor, int size, String content) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">%s</text>%n",
            x,
            y,
            anchor,
            size,
            escape(content)));
  }

  private static String number(double value) {
    return value >= 1 ? String.format(Locale.ROOT, "%,.0f", value) : String.valueOf(value);
  }

  /** Text made safe to put in SVG markup. */
  public static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
