package io.github.parallelthreads.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How the cost of one test grows with threads (1 to 256) and iterations (1 to 10,000): wall time
 * and peak memory of running {@link io.github.parallelthreads.benchmarks.suite.ScaleTests} in every
 * cell, each cell in a fresh JVM ({@link ScaleCell}) so that one cell's memory does not carry over
 * to the next. Prints Markdown tables and writes docs/images/scale-wall-time.svg.
 *
 * <p>Run from the repository root: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.parallelthreads.benchmarks.Scale}
 */
public final class Scale {

  private static final int[] THREADS = {1, 2, 4, 8, 16, 32, 64, 128, 256};
  private static final int[] ITERATIONS = {1, 10, 100, 1_000, 10_000};
  private static final List<String> JVM_OPTIONS = List.of("-Xmx1g");
  private static final Path CHART = Path.of("docs", "images", "scale-wall-time.svg");

  private Scale() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    long started = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "processors: %d; load average at the start: %.2f%n",
        Runtime.getRuntime().availableProcessors(),
        LoadAverage.now());
    double[][] wallMillis = new double[THREADS.length][ITERATIONS.length];
    double[][] heapMegabytes = new double[THREADS.length][ITERATIONS.length];
    double[][] residentMegabytes = new double[THREADS.length][ITERATIONS.length];
    int[][] runs = new int[THREADS.length][ITERATIONS.length];
    for (int t = 0; t < THREADS.length; t++) {
      for (int i = 0; i < ITERATIONS.length; i++) {
        List<String> output =
            FreshJvm.run(
                ScaleCell.class,
                JVM_OPTIONS,
                List.of(String.valueOf(THREADS[t]), String.valueOf(ITERATIONS[i])));
        String[] fields = output.get(output.size() - 1).split(" ");
        wallMillis[t][i] = Long.parseLong(fields[0]) / 1e6;
        runs[t][i] = Integer.parseInt(fields[1]);
        heapMegabytes[t][i] = Long.parseLong(fields[2]) / 1048576.0;
        long residentKilobytes = Long.parseLong(fields[3]);
        // -1 where the cell's JVM had no /proc to read: not a reading, so no number
        residentMegabytes[t][i] = residentKilobytes < 0 ? Double.NaN : residentKilobytes / 1024.0;
      }
    }
    printTable("Wall time of the test, ms (median of the runs in brackets)", wallMillis, runs);
    printTable(
        "Time per body execution, µs (wall time / (threads × iterations))",
        perBody(wallMillis),
        null);
    printTable("Peak resident memory of the JVM (VmHWM), MB", residentMegabytes, null);
    printTable("Peak heap use (sum of the heap pools' peaks), MB", heapMegabytes, null);
    writeChart(wallMillis);
    System.out.printf(
        Locale.ROOT,
        "%nchart: %s; load average at the end: %.2f; took %.0f s%n",
        CHART,
        LoadAverage.now(),
        (System.nanoTime() - started) / 1e9);
  }

  private static double[][] perBody(double[][] wallMillis) {
    double[][] micros = new double[THREADS.length][ITERATIONS.length];
    for (int t = 0; t < THREADS.length; t++) {
      for (int i = 0; i < ITERATIONS.length; i++) {
        micros[t][i] = wallMillis[t][i] * 1000 / ((double) THREADS[t] * ITERATIONS[i]);
      }
    }
    return micros;
  }

  private static void printTable(String title, double[][] values, int[][] runs) {
    System.out.printf("%n#### %s%n%n", title);
    StringBuilder header = new StringBuilder("| threads |");
    StringBuilder rule = new StringBuilder("|---|");
    for (int iterations : ITERATIONS) {
      header.append(String.format(Locale.ROOT, " %,d iterations |", iterations));
      rule.append("---|");
    }
    System.out.println(header);
    System.out.println(rule);
    for (int t = 0; t < THREADS.length; t++) {
      StringBuilder row = new StringBuilder("| " + THREADS[t] + " |");
      for (int i = 0; i < ITERATIONS.length; i++) {
        row.append(String.format(Locale.ROOT, " %s", format(values[t][i])));
        if (runs != null) {
          row.append(" (").append(runs[t][i]).append(')');
        }
        row.append(" |");
      }
      System.out.println(row);
    }
  }

  private static String format(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    return String.format(
        Locale.ROOT, value >= 100 ? "%,.0f" : value >= 10 ? "%.1f" : "%.2f", value);
  }

  private static void writeChart(double[][] wallMillis) throws IOException {
    SvgChart chart =
        new SvgChart(
            "One test: wall time by threads and iterations", "threads", "wall time, ms (log)");
    double[] xs = new double[THREADS.length];
    for (int t = 0; t < THREADS.length; t++) {
      xs[t] = THREADS[t];
    }
    for (int i = 0; i < ITERATIONS.length; i++) {
      double[] ys = new double[THREADS.length];
      for (int t = 0; t < THREADS.length; t++) {
        ys[t] = wallMillis[t][i];
      }
      chart.add(
          new SvgChart.Series(
              String.format(Locale.ROOT, "%,d iterations", ITERATIONS[i]),
              SvgChart.PALETTE.get(i),
              false,
              xs,
              ys));
    }
    chart.writeTo(CHART);
  }
}
