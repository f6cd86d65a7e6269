package io.github.parallelthreads.internal;

/** Bounds on what a parallel run accepts, shared by configuration and annotations. */
final class Limits {

  /**
   * The most threads one test may run on. Far beyond any useful stress test, yet small enough that
   * a typo such as {@code 80000000} fails with a message instead of exhausting the JVM.
   */
  static final int MAX_THREADS = 10_000;

  private Limits() {}

  static int availableProcessors() {
    return Runtime.getRuntime().availableProcessors();
  }
}
