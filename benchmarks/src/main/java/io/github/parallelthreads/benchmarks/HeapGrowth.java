package io.github.parallelthreads.benchmarks;

import io.github.parallelthreads.benchmarks.suite.HeapGrowthTests;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Whether what the extension keeps grows with the suite: the live heap while a suite of 50,000
 * parallel tests ({@link HeapGrowthTests}) runs whole, with the library on four threads and without
 * the extension, taken every 10,000 tests ({@link HeapGrowthRun}, one fresh JVM per suite run, with
 * the fixed heap of the suite that showed the problem). The difference between the two is what the
 * library keeps; if it rises from checkpoint to checkpoint, it grows with the suite.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.parallelthreads.benchmarks.HeapGrowth}
 */
public final class HeapGrowth {

  private static final int ROUNDS = 2;
  private static final int CHECKPOINT_EVERY = 10_000;
  private static final List<String> JVM_OPTIONS = List.of("-Xmx512m");
  private static final double MEGABYTE = 1024 * 1024;

  private HeapGrowth() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    long started = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "%s %s; JVM options %s; load average at the start: %.2f%n",
        System.getProperty("java.vm.name"),
        System.getProperty("java.vm.version"),
        JVM_OPTIONS,
        LoadAverage.now());
    for (int round = 1; round <= ROUNDS; round++) {
      // each round starts with the other set-up, so that drifting load falls on both alike
      List<HeapCheckpoint> without;
      List<HeapCheckpoint> library;
      if (round % 2 == 1) {
        without = run(SuiteSetup.WITHOUT_EXTENSION);
        library = run(SuiteSetup.EXTENSION_4_THREADS);
      } else {
        library = run(SuiteSetup.EXTENSION_4_THREADS);
        without = run(SuiteSetup.WITHOUT_EXTENSION);
      }
      printRound(round, without, library);
    }
    System.out.printf(
        Locale.ROOT,
        "%nload average at the end: %.2f; took %.0f s%n",
        LoadAverage.now(),
        (System.nanoTime() - started) / 1e9);
  }

  private static List<HeapCheckpoint> run(SuiteSetup setup)
      throws IOException, InterruptedException {
    List<String> lines =
        FreshJvm.run(
            HeapGrowthRun.class,
            JVM_OPTIONS,
            List.of(setup.id(), String.valueOf(CHECKPOINT_EVERY)));
    List<HeapCheckpoint> checkpoints =
        lines.stream().filter(HeapCheckpoint::isOne).map(HeapCheckpoint::parse).toList();
    if (checkpoints.size() != HeapGrowthTests.TESTS / CHECKPOINT_EVERY + 1) {
      throw new IllegalStateException("missing checkpoints of " + setup.id() + " in:\n" + lines);
    }
    return checkpoints;
  }

  private static void printRound(
      int round, List<HeapCheckpoint> without, List<HeapCheckpoint> library) {
    printTable(
        "Round " + round + ": live heap after a full collection (class histogram)",
        "| tests | without extension, MB | library on 4 threads, MB | library's share, MB"
            + " | WorkerThreadGroup | FailureCollector$Outcomes | ThreadGroup (without / with)"
            + " | load (without / with) |",
        without,
        library,
        (base, with) ->
            String.format(
                Locale.ROOT,
                "| %,d | %.1f | %.1f | %.1f | %,d | %,d | %d / %d | %.1f / %.1f |",
                with.tests(),
                base.liveBytes() / MEGABYTE,
                with.liveBytes() / MEGABYTE,
                share(base, with) / MEGABYTE,
                with.workerGroups(),
                with.outcomes(),
                base.threadGroups(),
                with.threadGroups(),
                base.load(),
                with.load()));
    printTable(
        "Round " + round + ": time spent in the collectors and wall time of the suite so far",
        "| tests | GC without extension, ms | GC with library, ms"
            + " | wall without extension, s | wall with library, s |",
        without,
        library,
        (base, with) ->
            String.format(
                Locale.ROOT,
                "| %,d | %,d | %,d | %.1f | %.1f |",
                with.tests(),
                base.gcMillis(),
                with.gcMillis(),
                base.wallMillis() / 1e3,
                with.wallMillis() / 1e3));
    // from the first checkpoint after the start: class loading and first-use caches are behind
    HeapCheckpoint firstBase = without.get(1);
    HeapCheckpoint firstWith = library.get(1);
    HeapCheckpoint lastBase = without.get(without.size() - 1);
    HeapCheckpoint lastWith = library.get(library.size() - 1);
    int tests = lastWith.tests() - firstWith.tests();
    System.out.printf(
        Locale.ROOT,
        "%nround %d: from %,d to %,d tests the library's share grew by %.2f MB,"
            + " %.0f bytes per test; live WorkerThreadGroups grew by %,d%n",
        round,
        firstWith.tests(),
        lastWith.tests(),
        (share(lastBase, lastWith) - share(firstBase, firstWith)) / MEGABYTE,
        (double) (share(lastBase, lastWith) - share(firstBase, firstWith)) / tests,
        lastWith.workerGroups() - firstWith.workerGroups());
  }

  /** A Markdown table with one row per checkpoint, made from both set-ups' checkpoints. */
  private static void printTable(
      String title,
      String header,
      List<HeapCheckpoint> without,
      List<HeapCheckpoint> library,
      BiFunction<HeapCheckpoint, HeapCheckpoint, String> row) {
    System.out.printf("%n#### %s%n%n", title);
    System.out.println(header);
    System.out.println("|---".repeat(header.split("\\|", -1).length - 2) + "|");
    for (int i = 0; i < without.size(); i++) {
      System.out.println(row.apply(without.get(i), library.get(i)));
    }
  }

  /** Live bytes with the library beyond those without it, at the same checkpoint. */
  private static long share(HeapCheckpoint without, HeapCheckpoint library) {
    return library.liveBytes() - without.liveBytes();
  }
}
