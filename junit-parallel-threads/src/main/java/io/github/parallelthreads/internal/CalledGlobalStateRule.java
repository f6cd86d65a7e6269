package io.github.parallelthreads.internal;

import java.util.Optional;

/**
 * Finds tests whose code calls a method that changes JVM-global state, by reading the class files
 * of the test and of the methods it calls.
 */
final class CalledGlobalStateRule {

  /**
   * Why the test is thread-unsafe by what it calls, or empty.
   *
   * @param elements the test method and its classes
   * @param configuration holds {@code junit.parallel.thread-unsafe-methods}
   */
  Optional<String> reasonFor(TestElements elements, RunConfiguration configuration) {
    return Optional.empty();
  }
}
