package io.github.parallelthreads.benchmarks.suite;

import io.github.parallelthreads.AfterEachThread;
import io.github.parallelthreads.BeforeEachThread;
import io.github.parallelthreads.ParallelContext;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The hook-cost benchmark's test with per-thread hooks: {@link UnhookedTests} plus a set-up and a
 * tear-down that take the worker's context and only count themselves, so that what is measured is
 * what running a hook costs, not what a hook does.
 */
public final class HookedTests {

  /** Repetitions per launch: each one is a parallel run of its own. */
  public static final int REPETITIONS = 100;

  private static final LongAdder bodies = new LongAdder();
  private static final LongAdder hooks = new LongAdder();

  /** How many bodies and hooks ran since the last {@link #reset()}. */
  public static long[] counts() {
    return new long[] {bodies.sum(), hooks.sum()};
  }

  /** Forgets earlier runs. */
  public static void reset() {
    bodies.reset();
    hooks.reset();
  }

  @BeforeEachThread
  void setUp(ParallelContext context) {
    hooks.increment();
  }

  @RepeatedTest(REPETITIONS)
  void body() {
    bodies.increment();
  }

  @AfterEachThread
  void tearDown(ParallelContext context) {
    hooks.increment();
  }
}
