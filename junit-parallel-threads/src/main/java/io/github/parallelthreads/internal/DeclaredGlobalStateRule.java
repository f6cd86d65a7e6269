package io.github.parallelthreads.internal;

import java.util.Optional;

/**
 * Finds tests that declare, through annotations or parameters, that they change JVM-global state.
 */
final class DeclaredGlobalStateRule {

  /**
   * Why the test is thread-unsafe by what it declares, or empty.
   *
   * @param elements the test method and its classes
   */
  Optional<String> reasonFor(TestElements elements) {
    return Optional.empty();
  }
}
