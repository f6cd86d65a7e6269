package io.github.parallelthreads.benchmarks.suite;

import java.util.List;

/**
 * The two generated suites of 2,000 distinct test methods (20 classes of 100), written at build
 * time by benchmarks/src/build/java's {@code GenerateSuites} into target/generated-sources/suites.
 */
public final class TrivialSuite {

  /** The number of tests in each suite. */
  public static final int TEST_COUNT = GeneratedClasses.TESTS_PER_SUITE;

  private TrivialSuite() {}

  /** The classes of the suite of empty tests ({@code Trivial01} to {@code Trivial20}). */
  public static List<Class<?>> classes() {
    return GeneratedClasses.TRIVIAL;
  }

  /** The classes of the suite of tests that call into helpers ({@code Calling01} to {@code 20}). */
  public static List<Class<?>> callingClasses() {
    return GeneratedClasses.CALLING;
  }
}
