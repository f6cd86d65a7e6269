package io.github.parallelthreads.benchmarks.barrier;

import io.github.parallelthreads.benchmarks.LoadAverage;
import io.github.parallelthreads.benchmarks.NearestRank;
import io.github.parallelthreads.benchmarks.SvgChart;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares the library's {@link StartBarrier} with {@link java.util.concurrent.CyclicBarrier}, a
 * {@link java.util.concurrent.CountDownLatch} gate and no gate at all: how tightly each releases N
 * threads, how much short bodies then overlap, and how much CPU waiters burn during a long wait.
 * Prints Markdown tables for docs/performance.md and writes docs/images/barrier-spread.svg.
 *
 * <p>Run from the repository root: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.parallelthreads.benchmarks.barrier.BarrierTightness}
 */
public final class BarrierTightness {

  private static final int[] THREAD_COUNTS = {2, 4, 8, 16};
  private static final int[] CPU_THREAD_COUNTS = {2, 4, 8};

  /**
   * Measurements are split into passes that take turns between the gates, so that load from
   * elsewhere on the machine falls on every gate alike instead of on whichever ran at the time.
   */
  private static final int PASSES = 5;

  private static final int FRESH_ROUNDS_PER_PASS = 200;
  private static final int SAME_ROUNDS_PER_PASS = 4_000;
  private static final int CPU_REPEATS = 3;
  private static final long LONG_WAIT_MILLIS = 200;
  private static final long[] BODY_MICROS = {1, 10, 100};
  private static final int OVERLAP_FRESH_ROUNDS = 300;
  private static final int OVERLAP_SAME_ROUNDS = 2_000;
  private static final Path CHART = Path.of("docs", "images", "barrier-spread.svg");

  /** One measurement of one gate at one thread count, returning spreads in nanoseconds. */
  @FunctionalInterface
  private interface Measure {
    long[] run(GateKind kind, int threads) throws InterruptedException;
  }

  /** One overlap measurement of one gate, thread count and body length. */
  @FunctionalInterface
  private interface MeasureOverlap {
    OverlapMeasurement.Overlap run(GateKind kind, int threads, long bodyNanos)
        throws InterruptedException;
  }

  private BarrierTightness() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    long started = System.nanoTime();
    printMachine();

    Measure fresh = (kind, n) -> SpreadMeasurement.freshThreads(kind, n, FRESH_ROUNDS_PER_PASS);
    Measure same = (kind, n) -> SpreadMeasurement.sameThreads(kind, n, SAME_ROUNDS_PER_PASS);

    // one pass of each, thrown away, so that every gate runs compiled code when measured
    measureInPasses(fresh, 1);
    measureInPasses(same, 1);

    Map<GateKind, Map<Integer, Distribution>> freshSpreads = measureInPasses(fresh, PASSES);
    printSpreadTable(
        "Fresh threads, one pass each (the default: one iteration per test)", freshSpreads);
    Map<GateKind, Map<Integer, Distribution>> sameSpreads = measureInPasses(same, PASSES);
    printSpreadTable(
        "Same threads, gate passed again at once (@Iterations with an empty body)", sameSpreads);
    writeChart(freshSpreads, sameSpreads);
    printOverlapTable(
        "Fresh threads (a test without @Iterations)",
        OVERLAP_FRESH_ROUNDS,
        (kind, n, body) -> OverlapMeasurement.freshThreads(kind, n, body, OVERLAP_FRESH_ROUNDS));
    printOverlapTable(
        "Same threads (@Iterations)",
        OVERLAP_SAME_ROUNDS,
        (kind, n, body) -> OverlapMeasurement.sameThreads(kind, n, body, OVERLAP_SAME_ROUNDS));
    printCpuTable();

    System.out.printf(
        Locale.ROOT,
        "%nload average at the end: %.2f; took %.0f s%n",
        LoadAverage.now(),
        (System.nanoTime() - started) / 1e9);
  }

  private static Map<GateKind, Map<Integer, Distribution>> measureInPasses(
      Measure measure, int passes) throws InterruptedException {
    Map<GateKind, Map<Integer, List<long[]>>> parts = new EnumMap<>(GateKind.class);
    GateKind[] kinds = GateKind.values();
    for (int pass = 0; pass < passes; pass++) {
      for (int threads : THREAD_COUNTS) {
        for (int k = 0; k < kinds.length; k++) {
          // start each pass with another gate, so none always runs right after the same one
          GateKind kind = kinds[(k + pass) % kinds.length];
          parts
              .computeIfAbsent(kind, unused -> new TreeMap<>())
              .computeIfAbsent(threads, unused -> new ArrayList<>())
              .add(measure.run(kind, threads));
        }
      }
    }
    Map<GateKind, Map<Integer, Distribution>> result = new EnumMap<>(GateKind.class);
    parts.forEach(
        (kind, byThreads) -> {
          Map<Integer, Distribution> distributions = new TreeMap<>();
          byThreads.forEach((threads, list) -> distributions.put(threads, Distribution.of(list)));
          result.put(kind, distributions);
        });
    return result;
  }

  private static void printSpreadTable(
      String title, Map<GateKind, Map<Integer, Distribution>> results) {
    int rounds = results.get(GateKind.START_BARRIER).get(THREAD_COUNTS[0]).size();
    System.out.printf(
        "%n#### %s%n%nSpread first-to-last thread through the gate, µs: median / p90 / p99"
            + " (%d rounds per cell)%n%n",
        title, rounds);
    printHeader(List.of(GateKind.values()), "N");
    for (int threads : THREAD_COUNTS) {
      StringBuilder row = new StringBuilder("| " + threads + " |");
      for (GateKind kind : GateKind.values()) {
        Distribution spreads = results.get(kind).get(threads);
        row.append(' ')
            .append(micros(spreads.percentile(50)))
            .append(" / ")
            .append(micros(spreads.percentile(90)))
            .append(" / ")
            .append(micros(spreads.percentile(99)))
            .append(" |");
      }
      System.out.println(row);
    }
  }

  private static void printCpuTable() throws InterruptedException {
    System.out.printf(
        "%n#### CPU burned while waiting long%n%nAll parties but one wait %d ms for the last;"
            + " CPU time used by all the waiters together during that wait, median of %d"
            + " (share of one core)%n%n",
        LONG_WAIT_MILLIS, CPU_REPEATS);
    List<GateKind> waiting = Arrays.stream(GateKind.values()).filter(GateKind::waits).toList();
    printHeader(waiting, "N");
    for (int threads : CPU_THREAD_COUNTS) {
      StringBuilder row = new StringBuilder("| " + threads + " |");
      for (GateKind kind : waiting) {
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < CPU_REPEATS; i++) {
          cpu.add(WaitCpuMeasurement.waitersCpuNanos(kind, threads, LONG_WAIT_MILLIS));
        }
        long median = NearestRank.median(cpu);
        row.append(
            String.format(
                Locale.ROOT,
                " %.2f ms (%.1f %%) |",
                median / 1e6,
                100.0 * median / (LONG_WAIT_MILLIS * 1e6)));
      }
      System.out.println(row);
    }
  }

  /** A Markdown table header: the row's own columns, then one column per gate. */
  private static void printHeader(List<GateKind> kinds, String... rowColumns) {
    StringBuilder header = new StringBuilder("|");
    StringBuilder rule = new StringBuilder("|");
    for (String column : rowColumns) {
      header.append(' ').append(column).append(" |");
      rule.append("---|");
    }
    for (GateKind kind : kinds) {
      header.append(' ').append(kind.label()).append(" |");
      rule.append("---|");
    }
    System.out.println(header);
    System.out.println(rule);
  }

  private static void printOverlapTable(String title, int rounds, MeasureOverlap measure)
      throws InterruptedException {
    System.out.printf(
        "%n#### Overlap of short bodies: %s%n%nPercent of body time with all N bodies in progress"
            + " / percent of busy time with two or more in progress, mean of %d rounds%n%n",
        title, rounds);
    printHeader(List.of(GateKind.values()), "N", "body");
    GateKind[] kinds = GateKind.values();
    for (int threads : THREAD_COUNTS) {
      for (long bodyMicros : BODY_MICROS) {
        OverlapMeasurement.Overlap[] cells = new OverlapMeasurement.Overlap[kinds.length];
        for (int k = 0; k < kinds.length; k++) {
          // rotate the order, as the spread passes do, so no gate always follows the same one
          int index = (k + threads + (int) bodyMicros) % kinds.length;
          cells[index] = measure.run(kinds[index], threads, bodyMicros * 1_000);
        }
        StringBuilder row = new StringBuilder("| " + threads + " | " + bodyMicros + " µs |");
        for (OverlapMeasurement.Overlap cell : cells) {
          row.append(
              String.format(
                  Locale.ROOT, " %.0f %% / %.0f %% |", cell.allPercent(), cell.twoOrMorePercent()));
        }
        System.out.println(row);
      }
    }
  }

  private static void writeChart(
      Map<GateKind, Map<Integer, Distribution>> fresh,
      Map<GateKind, Map<Integer, Distribution>> same)
      throws IOException {
    SvgChart chart =
        new SvgChart(
            "Start spread, median (solid: @Iterations, dashed: fresh threads)",
            "threads (N)",
            "first-to-last spread, µs (log)");
    double[] xs = Arrays.stream(THREAD_COUNTS).asDoubleStream().toArray();
    GateKind[] kinds = GateKind.values();
    for (int k = 0; k < kinds.length; k++) {
      String color = SvgChart.PALETTE.get(k);
      chart.add(
          new SvgChart.Series(kinds[k].shortName(), color, false, xs, medians(same, kinds[k], xs)));
      chart.add(
          new SvgChart.Series(
              kinds[k].shortName() + ", fresh", color, true, xs, medians(fresh, kinds[k], xs)));
    }
    chart.writeTo(CHART);
    System.out.println("\nchart: " + CHART);
  }

  private static double[] medians(
      Map<GateKind, Map<Integer, Distribution>> results, GateKind kind, double[] xs) {
    double[] ys = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      ys[i] = results.get(kind).get((int) xs[i]).percentile(50) / 1e3;
    }
    return ys;
  }

  private static void printMachine() {
    System.out.printf(
        Locale.ROOT,
        "processors: %d; %s %s; %s %s %s; load average at the start: %.2f%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("os.arch"),
        LoadAverage.now());
  }

  private static String micros(long nanos) {
    return String.format(Locale.ROOT, "%.1f", nanos / 1e3);
  }
}
