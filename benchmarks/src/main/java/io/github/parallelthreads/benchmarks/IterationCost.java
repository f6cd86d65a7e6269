package io.github.parallelthreads.benchmarks;

import io.github.parallelthreads.internal.execution.IterationPolicy;
import io.github.parallelthreads.internal.execution.ParallelRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one iteration costs under a time budget ({@code @IterateFor}) against a count
 * ({@code @Iterations}): an empty body on N threads, so that all that is measured is the barrier
 * and the worker loop. Each round runs a budget of {@link #BUDGET}, reads how many iterations it
 * ran, and runs a count of that many; the two take turns going first. Then a soak of {@link #SOAK}
 * checks that the live heap does not grow with the iterations. Prints Markdown tables for
 * docs/performance.md, and the load average at the start, after each round, and at the end.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.parallelthreads.benchmarks.IterationCost}
 */
public final class IterationCost {

  private static final int[] THREAD_COUNTS = {1, 2, 4, 8};
  private static final int ROUNDS = 5;
  private static final Duration BUDGET = Duration.ofSeconds(1);
  private static final Duration SOAK = Duration.ofSeconds(20);
  private static final int SOAK_THREADS = 4;
  private static final Duration TIMEOUT = Duration.ofMinutes(5);
  private static final ParallelRun.Body EMPTY = (context, comparator) -> () -> {};

  /** One run: its iterations per thread and its wall time, from {@code run()} to its return. */
  private record Timed(long iterations, long nanos) {
    double nanosPerIteration() {
      return (double) nanos / iterations;
    }
  }

  private IterationCost() {}

  public static void main(String[] args) throws InterruptedException {
    System.out.printf(
        Locale.ROOT,
        "load at start %.2f, %d processors, %s%n",
        LoadAverage.now(),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.version"));
    for (int threads : THREAD_COUNTS) { // warm-up, thrown away: both paths compiled
      Timed budget = budget(threads);
      count(threads, budget.iterations());
    }
    Map<Integer, List<Timed>> budgets = new TreeMap<>();
    Map<Integer, List<Timed>> counts = new TreeMap<>();
    for (int round = 0; round < ROUNDS; round++) {
      for (int threads : THREAD_COUNTS) {
        Timed budget;
        Timed count;
        if (round % 2 == 0) {
          budget = budget(threads);
          count = count(threads, budget.iterations());
        } else {
          // a count first needs a number: the last round's budget at this thread count
          List<Timed> earlier = budgets.get(threads);
          count = count(threads, earlier.get(earlier.size() - 1).iterations());
          budget = budget(threads);
        }
        budgets.computeIfAbsent(threads, key -> new ArrayList<>()).add(budget);
        counts.computeIfAbsent(threads, key -> new ArrayList<>()).add(count);
      }
      System.out.printf(Locale.ROOT, "load after round %d: %.2f%n", round + 1, LoadAverage.now());
    }
    printTable(budgets, counts);
    soak();
    System.out.printf(Locale.ROOT, "load at end %.2f%n", LoadAverage.now());
  }

  private static Timed budget(int threads) {
    ParallelRun run =
        new ParallelRun("budget", threads, IterationPolicy.budget(BUDGET, 1), TIMEOUT);
    long start = System.nanoTime();
    run.run(EMPTY);
    long nanos = System.nanoTime() - start;
    return new Timed(run.iterationsRun().most(), nanos);
  }

  private static Timed count(int threads, long iterations) {
    ParallelRun run =
        new ParallelRun("count", threads, IterationPolicy.count((int) iterations), TIMEOUT);
    long start = System.nanoTime();
    run.run(EMPTY);
    return new Timed(iterations, System.nanoTime() - start);
  }

  private static void printTable(
      Map<Integer, List<Timed>> budgets, Map<Integer, List<Timed>> counts) {
    System.out.println();
    System.out.println(
        "| threads | iterations per thread in "
            + BUDGET.toSeconds()
            + " s, median | ns per iteration, @IterateFor: median (min to max) | ns per"
            + " iteration, @Iterations: median (min to max) | median of the paired ratios |");
    System.out.println("|---:|---:|---:|---:|---:|");
    for (int threads : budgets.keySet()) {
      List<Timed> budget = budgets.get(threads);
      List<Timed> count = counts.get(threads);
      List<Double> ratios = new ArrayList<>();
      for (int i = 0; i < budget.size(); i++) {
        ratios.add(budget.get(i).nanosPerIteration() / count.get(i).nanosPerIteration());
      }
      System.out.printf(
          Locale.ROOT,
          "| %d | %,d | %s | %s | %.2f |%n",
          threads,
          NearestRank.median(budget.stream().map(Timed::iterations).toList()),
          spread(budget),
          spread(count),
          NearestRank.median(ratios));
    }
  }

  private static String spread(List<Timed> runs) {
    List<Double> values = runs.stream().map(Timed::nanosPerIteration).sorted().toList();
    return String.format(
        Locale.ROOT,
        "%.0f (%.0f to %.0f)",
        NearestRank.median(values),
        values.get(0),
        values.get(values.size() - 1));
  }

  /** The live heap early and late in one long soak: what a soak keeps per iteration. */
  private static void soak() throws InterruptedException {
    ParallelRun run =
        new ParallelRun("soak", SOAK_THREADS, IterationPolicy.budget(SOAK, 1), TIMEOUT);
    Thread runner = new Thread(() -> run.run(EMPTY), "soak runner");
    runner.start();
    Thread.sleep(SOAK.toMillis() / 10); // a harness, not a test: it samples the heap on a clock
    LiveHeap early = LiveHeap.now();
    Thread.sleep(SOAK.toMillis() * 8 / 10);
    LiveHeap late = LiveHeap.now();
    runner.join();
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "soak of %d s on %d threads: %,d iterations per thread; live heap %.2f MB at %d s, %.2f MB"
            + " at %d s (after a full collection each)%n",
        SOAK.toSeconds(),
        SOAK_THREADS,
        run.iterationsRun().most(),
        early.bytes() / 1e6,
        SOAK.toSeconds() / 10,
        late.bytes() / 1e6,
        SOAK.toSeconds() * 9 / 10);
  }
}
