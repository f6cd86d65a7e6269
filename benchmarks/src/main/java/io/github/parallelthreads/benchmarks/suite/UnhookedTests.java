package io.github.parallelthreads.benchmarks.suite;

import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.RepeatedTest;

/** The hook-cost benchmark's control: {@link HookedTests} without its hooks. */
public final class UnhookedTests {

  private static final LongAdder bodies = new LongAdder();

  /** How many bodies ran since the last {@link #reset()}. */
  public static long bodiesRun() {
    return bodies.sum();
  }

  /** Forgets earlier runs. */
  public static void reset() {
    bodies.reset();
  }

  @RepeatedTest(HookedTests.REPETITIONS)
  void body() {
    bodies.increment();
  }
}
