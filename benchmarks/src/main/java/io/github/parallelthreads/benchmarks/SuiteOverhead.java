package io.github.parallelthreads.benchmarks;

import io.github.parallelthreads.benchmarks.suite.TrivialSuite;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link SuiteOverheadBenchmark} for every {@link SuiteSetup} and prints a Markdown table of
 * the median suite time and the cost per test against the run without the extension.
 *
 * <p>Each set-up gets one fresh JVM per round, and the rounds take turns between the set-ups, so
 * that load from elsewhere on the machine falls on every set-up alike.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.parallelthreads.benchmarks.SuiteOverhead}
 */
public final class SuiteOverhead {

  private static final int ROUNDS = 5;

  private SuiteOverhead() {}

  public static void main(String[] args) throws RunnerException {
    long started = System.nanoTime();
    double loadAtStart = loadAverage();
    // per set-up, the suite times measured in each JVM, one list per round
    Map<SuiteSetup, List<List<Double>>> millis = new EnumMap<>(SuiteSetup.class);
    for (int round = 0; round < ROUNDS; round++) {
      for (SuiteSetup setup : SuiteSetup.values()) {
        millis.computeIfAbsent(setup, unused -> new ArrayList<>()).add(measure(setup));
      }
    }
    printTable(millis);
    System.out.printf(
        Locale.ROOT,
        "%nload average at the start: %.2f, at the end: %.2f; took %.0f s%n",
        loadAtStart,
        loadAverage(),
        (System.nanoTime() - started) / 1e9);
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** The time of every measured suite run, in milliseconds, from one fresh JVM. */
  private static List<Double> measure(SuiteSetup setup) throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(SuiteOverheadBenchmark.class.getName() + ".runSuite")
            .param("setup", setup.id())
            .forks(1)
            .warmupIterations(setup.warmupRuns())
            .measurementIterations(setup.measuredRuns())
            .shouldFailOnError(true)
            .build();
    List<Double> times = new ArrayList<>();
    for (RunResult run : new Runner(options).run()) {
      for (BenchmarkResult benchmark : run.getBenchmarkResults()) {
        for (IterationResult iteration : benchmark.getIterationResults()) {
          String unit = iteration.getPrimaryResult().getScoreUnit();
          if (!unit.equals("ms/op")) {
            throw new IllegalStateException("expected ms/op, got " + unit);
          }
          times.add(iteration.getPrimaryResult().getScore());
        }
      }
    }
    if (times.isEmpty()) {
      throw new IllegalStateException("no measurement for " + setup.id());
    }
    return times;
  }

  private static void printTable(Map<SuiteSetup, List<List<Double>>> millis) {
    double baseline = median(pooled(millis.get(SuiteSetup.WITHOUT_EXTENSION)));
    System.out.printf(
        "%n#### Full run of %d empty tests (discovery + execution), ms%n%n",
        TrivialSuite.TEST_COUNT);
    System.out.println(
        "| set-up | runs | median ms | p25 – p75 ms | median of each JVM, ms | per test µs"
            + " | vs without extension |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (SuiteSetup setup : SuiteSetup.values()) {
      List<Double> times = pooled(millis.get(setup));
      double median = median(times);
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %.1f | %.1f – %.1f | %s | %.1f | %s |%n",
          setup.id(),
          times.size(),
          median,
          percentile(times, 25),
          percentile(times, 75),
          millis.get(setup).stream()
              .map(jvm -> String.format(Locale.ROOT, "%.1f", median(jvm)))
              .collect(Collectors.joining(", ")),
          median * 1000 / TrivialSuite.TEST_COUNT,
          setup == SuiteSetup.WITHOUT_EXTENSION
              ? "—"
              : String.format(
                  Locale.ROOT,
                  "%+.1f µs per test (%+.1f %%)",
                  (median - baseline) * 1000 / TrivialSuite.TEST_COUNT,
                  100 * (median - baseline) / baseline));
    }
  }

  private static List<Double> pooled(List<List<Double>> perJvm) {
    return perJvm.stream().flatMap(List::stream).collect(Collectors.toList());
  }

  private static double median(List<Double> values) {
    return percentile(values, 50);
  }

  /** The nearest-rank percentile, {@code percent} in (0, 100]. */
  private static double percentile(List<Double> values, double percent) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int rank = (int) Math.ceil(percent / 100 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }
}
