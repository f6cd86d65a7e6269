package io.github.parallelthreads.benchmarks.suite;

import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * The one test the scale benchmark runs at every thread and iteration count. Its body only counts
 * itself, so that the benchmark can check that every thread ran every iteration.
 */
public final class ScaleTests {

  private static final LongAdder bodies = new LongAdder();

  /** How many times the body has run since the last {@link #reset()}. */
  public static long bodiesRun() {
    return bodies.sum();
  }

  /** Forgets earlier runs. */
  public static void reset() {
    bodies.reset();
  }

  @Test
  void body() {
    bodies.increment();
  }
}
