package io.github.parallelthreads.benchmarks.suite;

import org.junit.jupiter.api.RepeatedTest;

/**
 * The suite the heap-growth benchmark runs: {@link #TESTS} invocations of one empty repeated test.
 * To JUnit each invocation is a test of its own, with the whole per-test lifecycle of a
 * {@code @Test} method (conditions, callbacks, its own extension context and store), and with the
 * library each is a parallel run of its own; no generated code is needed for the count.
 */
public final class HeapGrowthTests {

  /** The number of tests in the suite. */
  public static final int TESTS = 50_000;

  @RepeatedTest(TESTS)
  void body() {}
}
