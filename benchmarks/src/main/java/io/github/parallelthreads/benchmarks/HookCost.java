package io.github.parallelthreads.benchmarks;

import io.github.parallelthreads.ParallelContext;
import io.github.parallelthreads.benchmarks.suite.HookedTests;
import io.github.parallelthreads.benchmarks.suite.UnhookedTests;
import io.github.parallelthreads.internal.execution.ParallelRun;
import io.github.parallelthreads.internal.execution.ThreadHooks;
import io.github.parallelthreads.internal.hooks.TestThreadHooks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * What {@code @BeforeEachThread} and {@code @AfterEachThread} add per thread: {@link HookedTests}
 * (a body and two hooks that only count) against {@link UnhookedTests} (the same body alone), side
 * by side in one JVM, on 1, 4 and 8 threads. Each round launches both, in alternating order, and
 * takes the wall time per test (one {@code @RepeatedTest} invocation, one parallel run); the
 * difference of a round's two figures, divided by the threads, is what the hooks added per thread.
 * The medians over the rounds are printed with the load average at the start and end.
 *
 * <p>On 1 thread the test runs on JUnit's thread and the hooks run once around the body; on 4 and 8
 * each worker runs them, so the per-thread figure is the cost of the two reflective calls and their
 * bookkeeping on a worker.
 *
 * <p>That difference is far below what starting the workers costs on a loaded machine, so a second
 * table measures the hook step alone, in this JVM, warm: the library's own hooks of a {@link
 * HookedTests} instance ({@code internal.hooks.TestThreadHooks.bind}) run around an empty body, as
 * one thread runs them, against the same body with no hooks, in alternating blocks.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.parallelthreads.benchmarks.HookCost}
 */
public final class HookCost {

  private static final int[] THREADS = {1, 4, 8};
  private static final int WARM_UP_ROUNDS = 5;
  private static final int ROUNDS = 21;

  private HookCost() {}

  public static void main(String[] args) {
    long started = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "processors: %d; load average at the start: %.2f%n%n",
        Runtime.getRuntime().availableProcessors(),
        LoadAverage.now());
    Launcher launcher = LauncherFactory.create();
    System.out.println(
        "| threads | without hooks, µs per test | with hooks, µs per test | hooks add, µs per"
            + " thread (median of the rounds' differences) | load at the end |");
    System.out.println("|---|---|---|---|---|");
    for (int threads : THREADS) {
      for (int round = 0; round < WARM_UP_ROUNDS; round++) {
        perTestMicros(launcher, HookedTests.class, threads);
        perTestMicros(launcher, UnhookedTests.class, threads);
      }
      List<Double> without = new ArrayList<>();
      List<Double> with = new ArrayList<>();
      List<Double> addedPerThread = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        double unhooked;
        double hooked;
        if (round % 2 == 0) {
          unhooked = perTestMicros(launcher, UnhookedTests.class, threads);
          hooked = perTestMicros(launcher, HookedTests.class, threads);
        } else {
          hooked = perTestMicros(launcher, HookedTests.class, threads);
          unhooked = perTestMicros(launcher, UnhookedTests.class, threads);
        }
        without.add(unhooked);
        with.add(hooked);
        addedPerThread.add((hooked - unhooked) / threads);
      }
      System.out.printf(
          Locale.ROOT,
          "| %d | %s | %s | %s | %.2f |%n",
          threads,
          quartiles(without, "%.1f"),
          quartiles(with, "%.1f"),
          quartiles(addedPerThread, "%.2f"),
          LoadAverage.now());
    }
    measureTheHookStepAlone();
    System.out.printf(
        Locale.ROOT,
        "%n%d rounds of %d tests per class and thread count, after %d warm-up rounds;"
            + " load average at the end: %.2f; took %.0f s%n",
        ROUNDS,
        HookedTests.REPETITIONS,
        WARM_UP_ROUNDS,
        LoadAverage.now(),
        (System.nanoTime() - started) / 1e9);
  }

  private static final int STEPS_PER_BLOCK = 100_000;
  private static final int WARM_UP_BLOCKS = 20;
  private static final int BLOCKS = 41;

  /** One thread's set-up, body and tear-down, with the real hooks and with none, in ns. */
  private static void measureTheHookStepAlone() {
    HookedTests.reset();
    ThreadHooks hooked = TestThreadHooks.bind(List.of(new HookedTests()), () -> null);
    ParallelContext context = ParallelContext.current();
    ParallelRun.Call body = () -> {};
    List<Double> without = new ArrayList<>();
    List<Double> with = new ArrayList<>();
    List<Double> added = new ArrayList<>();
    for (int block = 0; block < WARM_UP_BLOCKS + BLOCKS; block++) {
      double none = nanosPerStep(ThreadHooks.NONE, context, body);
      double hooks = nanosPerStep(hooked, context, body);
      if (block >= WARM_UP_BLOCKS) {
        without.add(none);
        with.add(hooks);
        added.add(hooks - none);
      }
    }
    if (HookedTests.counts()[1] != 2L * (WARM_UP_BLOCKS + BLOCKS) * STEPS_PER_BLOCK) {
      throw new IllegalStateException(
          "the hooks did not run every time: " + HookedTests.counts()[1]);
    }
    System.out.printf(
        Locale.ROOT,
        "%n| the hook step alone, one thread, warm | without hooks, ns | with a set-up and a"
            + " tear-down, ns | the hooks add, ns per thread | load at the end |%n"
            + "|---|---|---|---|---|%n"
            + "| %d blocks of %,d steps | %s | %s | %s | %.2f |%n",
        BLOCKS,
        STEPS_PER_BLOCK,
        quartiles(without, "%.1f"),
        quartiles(with, "%.1f"),
        quartiles(added, "%.1f"),
        LoadAverage.now());
  }

  /** Such as "63.4 (p25 37.3, p75 97.5)": the median and quartiles, nearest-rank. */
  private static String quartiles(List<Double> values, String format) {
    return String.format(
        Locale.ROOT,
        format + " (p25 " + format + ", p75 " + format + ")",
        NearestRank.median(values),
        NearestRank.percentile(values, 25),
        NearestRank.percentile(values, 75));
  }

  private static double nanosPerStep(
      ThreadHooks hooks, ParallelContext context, ParallelRun.Call body) {
    long start = System.nanoTime();
    try {
      for (int i = 0; i < STEPS_PER_BLOCK; i++) {
        hooks.runAround(context, body);
      }
    } catch (Throwable unexpected) {
      throw new IllegalStateException(unexpected);
    }
    return (System.nanoTime() - start) / (double) STEPS_PER_BLOCK;
  }

  /** Launches one class on the threads and returns its wall time per test, in µs. */
  private static double perTestMicros(Launcher launcher, Class<?> testClass, int threads) {
    HookedTests.reset();
    UnhookedTests.reset();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    long start = System.nanoTime();
    launcher.execute(
        LibraryOnlyRequest.of(testClass, Map.of("junit.parallel.threads", String.valueOf(threads))),
        listener);
    double micros = (System.nanoTime() - start) / 1e3 / HookedTests.REPETITIONS;
    check(testClass, threads, listener);
    return micros;
  }

  private static void check(Class<?> testClass, int threads, SummaryGeneratingListener listener) {
    long passed = listener.getSummary().getTestsSucceededCount();
    long bodies =
        testClass == HookedTests.class ? HookedTests.counts()[0] : UnhookedTests.bodiesRun();
    long hooks = HookedTests.counts()[1];
    long expectedBodies = (long) HookedTests.REPETITIONS * threads;
    long expectedHooks = testClass == HookedTests.class ? 2 * expectedBodies : 0;
    if (passed != HookedTests.REPETITIONS || bodies != expectedBodies || hooks != expectedHooks) {
      throw new IllegalStateException(
          testClass.getSimpleName()
              + " on "
              + threads
              + " threads: expected "
              + HookedTests.REPETITIONS
              + " passing tests, "
              + expectedBodies
              + " bodies and "
              + expectedHooks
              + " hooks; got "
              + passed
              + ", "
              + bodies
              + " and "
              + hooks);
    }
  }
}
