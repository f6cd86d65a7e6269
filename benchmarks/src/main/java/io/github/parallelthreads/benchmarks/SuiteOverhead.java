package io.github.parallelthreads.benchmarks;

import io.github.parallelthreads.benchmarks.suite.TrivialSuite;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * What the extension costs on the 2,000-test suite: wall time and process CPU time of a full run
 * (discovery and execution) without the extension, with it on one thread, and on four threads.
 *
 * <p>The one-thread comparison is paired: every round is a fresh JVM that runs the suite without
 * the extension, with a do-nothing extension of the same kind (a control), and with the library, in
 * turns ({@link SuiteRuns}), so all three meet the same load. The overhead is worked out per round,
 * and the spread across rounds is reported, because on a shared machine one round can be off by
 * more than the effect measured. CPU time is less sensitive to other processes than wall time (it
 * does not count time spent waiting for a core), so it is shown too: the launching thread's CPU
 * (median, nanosecond-precise, without JIT and GC threads), and the process's CPU (mean, as Linux
 * counts it in 10 ms ticks).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.parallelthreads.benchmarks.SuiteOverhead}
 */
public final class SuiteOverhead {

  private static final int PAIRED_ROUNDS = 6;
  private static final int PAIRED_WARMUP_RUNS = 25;
  private static final int PAIRED_MEASURED_RUNS = 30;
  private static final int FOUR_THREAD_ROUNDS = 3;
  private static final int FOUR_THREAD_WARMUP_RUNS = 8;
  private static final int FOUR_THREAD_MEASURED_RUNS = 10;
  private static final double GOAL_PERCENT = 3.0;
  private static final List<String> JVM_OPTIONS = List.of("-Xms1g", "-Xmx1g");

  private SuiteOverhead() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    long started = System.nanoTime();
    System.out.printf(Locale.ROOT, "load average at the start: %.2f%n", LoadAverage.now());
    List<SuiteSetup> paired =
        List.of(
            SuiteSetup.WITHOUT_EXTENSION,
            SuiteSetup.NO_OP_EXTENSION,
            SuiteSetup.EXTENSION_1_THREAD);
    List<String> pairedIds = paired.stream().map(SuiteSetup::id).toList();
    // per round, the runs of each paired set-up, in the order of `paired`
    List<List<SuiteRunTimes>> rounds = new ArrayList<>();
    List<SuiteRunTimes> onFourThreads = new ArrayList<>();
    for (int round = 0; round < PAIRED_ROUNDS; round++) {
      List<String> lines = measure(PAIRED_WARMUP_RUNS, PAIRED_MEASURED_RUNS, pairedIds);
      rounds.add(pairedIds.stream().map(id -> SuiteRunTimes.of(lines, id)).toList());
      if (round < FOUR_THREAD_ROUNDS) {
        String fourThreads = SuiteSetup.EXTENSION_4_THREADS.id();
        onFourThreads.add(
            SuiteRunTimes.of(
                measure(FOUR_THREAD_WARMUP_RUNS, FOUR_THREAD_MEASURED_RUNS, List.of(fourThreads)),
                fourThreads));
      }
    }
    printOneThreadTable("launching thread's CPU time, median", rounds, SuiteRunTimes::thread);
    printOneThreadTable("process CPU time, mean", rounds, SuiteRunTimes::cpu);
    printOneThreadTable("wall time, median", rounds, SuiteRunTimes::wall);
    printFourThreadTable(rounds.stream().map(round -> round.get(0)).toList(), onFourThreads);
    System.out.printf(
        Locale.ROOT,
        "%nload average at the end: %.2f; took %.0f s%n",
        LoadAverage.now(),
        (System.nanoTime() - started) / 1e9);
  }

  private static List<String> measure(int warmup, int measured, List<String> setups)
      throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of(String.valueOf(warmup), String.valueOf(measured)));
    args.addAll(setups);
    return FreshJvm.run(SuiteRuns.class, JVM_OPTIONS, args);
  }

  private static void printOneThreadTable(
      String metric, List<List<SuiteRunTimes>> rounds, ToDoubleFunction<SuiteRunTimes> value) {
    System.out.printf(
        "%n#### %d empty tests, one full run: %s, ms (%d runs of each set-up per JVM, in turns)%n%n",
        TrivialSuite.TEST_COUNT, metric, rounds.get(0).get(0).wallMillis().size());
    System.out.println(
        "| round (JVM) | without extension | no-op extension | library, 1 thread"
            + " | no-op vs without | library vs without | library vs no-op |");
    System.out.println("|---|---|---|---|---|---|---|");
    List<Double> libraryOverheads = new ArrayList<>();
    List<Double> noOpOverheads = new ArrayList<>();
    List<Double> ownOverheads = new ArrayList<>();
    for (int round = 0; round < rounds.size(); round++) {
      double without = value.applyAsDouble(rounds.get(round).get(0));
      double noOp = value.applyAsDouble(rounds.get(round).get(1));
      double library = value.applyAsDouble(rounds.get(round).get(2));
      noOpOverheads.add(percent(noOp, without));
      libraryOverheads.add(percent(library, without));
      ownOverheads.add(percent(library, noOp));
      System.out.printf(
          Locale.ROOT,
          "| %d | %.1f | %.1f | %.1f | %+.1f %% | %+.1f %% | %+.1f %% |%n",
          round + 1,
          without,
          noOp,
          library,
          percent(noOp, without),
          percent(library, without),
          percent(library, noOp));
    }
    System.out.println();
    summarise(metric + ", library vs without", libraryOverheads, true);
    summarise(metric + ", no-op vs without", noOpOverheads, false);
    summarise(metric + ", library vs no-op", ownOverheads, false);
  }

  private static void summarise(String what, List<Double> overheads, boolean againstGoal) {
    double median = NearestRank.median(overheads);
    double min = overheads.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double max = overheads.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    long within = overheads.stream().filter(o -> o <= GOAL_PERCENT).count();
    System.out.printf(
        Locale.ROOT,
        "%s: median of %d rounds %+.1f %% (rounds from %+.1f to %+.1f %%)%s%n",
        what,
        overheads.size(),
        median,
        min,
        max,
        againstGoal
            ? String.format(
                Locale.ROOT,
                "; median %s the %.0f %% goal; %d of %d rounds within it",
                median <= GOAL_PERCENT ? "within" : "NOT within",
                GOAL_PERCENT,
                within,
                overheads.size())
            : "");
  }

  private static void printFourThreadTable(
      List<SuiteRunTimes> baselines, List<SuiteRunTimes> onFourThreads) {
    double baseWall = NearestRank.median(baselines.stream().map(SuiteRunTimes::wall).toList());
    double baseCpu = NearestRank.median(baselines.stream().map(SuiteRunTimes::cpu).toList());
    System.out.printf(
        "%n#### Four threads (for scale), against the median baseline of all rounds"
            + " (%.1f ms wall, %.1f ms CPU)%n%n",
        baseWall, baseCpu);
    System.out.println(
        "| round (JVM) | runs | wall ms | CPU ms | extra wall per test | extra CPU per test |");
    System.out.println("|---|---|---|---|---|---|");
    for (int round = 0; round < onFourThreads.size(); round++) {
      SuiteRunTimes runs = onFourThreads.get(round);
      System.out.printf(
          Locale.ROOT,
          "| %d | %d | %.1f | %.1f | %.3f ms | %.3f ms |%n",
          round + 1,
          runs.wallMillis().size(),
          runs.wall(),
          runs.cpu(),
          (runs.wall() - baseWall) / TrivialSuite.TEST_COUNT,
          (runs.cpu() - baseCpu) / TrivialSuite.TEST_COUNT);
    }
  }

  private static double percent(double value, double baseline) {
    return 100 * (value - baseline) / baseline;
  }
}
