package io.github.parallelthreads.internal;

/**
 * How one test runs.
 *
 * @param requestedThreads the thread count configuration and annotations ask for
 * @param iterations how many times each thread runs the body
 * @param threadUnsafeReason why the test must run on one thread, or {@code null}
 */
record ExecutionPlan(int requestedThreads, int iterations, String threadUnsafeReason) {

  boolean threadUnsafe() {
    return threadUnsafeReason != null;
  }

  /** The threads the body runs on: one for a thread-unsafe test. */
  int threads() {
    return threadUnsafe() ? 1 : requestedThreads;
  }

  /** Whether the body runs on worker threads rather than, as usual, once on JUnit's thread. */
  boolean runsOnWorkers() {
    return !threadUnsafe() && (requestedThreads > 1 || iterations > 1);
  }

  /** Whether a thread-unsafe verdict took a run on workers (threads or iterations) away. */
  boolean heldBackFromParallel() {
    return threadUnsafe() && (requestedThreads > 1 || iterations > 1);
  }
}
