package io.github.parallelthreads.internal;

import io.github.parallelthreads.internal.execution.IterationPolicy;
import java.time.Duration;

/**
 * How one test runs.
 *
 * @param requestedThreads the thread count configuration and annotations ask for
 * @param iterations how many times each thread runs the body; under a budget, the least
 * @param threadUnsafeReason why the test must run on one thread, or {@code null}
 * @param iterateFor how long each thread keeps iterating, or {@code null} for {@code iterations}
 *     times
 */
record ExecutionPlan(
    int requestedThreads, int iterations, String threadUnsafeReason, Duration iterateFor) {

  boolean threadUnsafe() {
    return threadUnsafeReason != null;
  }

  /** The threads the body runs on: one for a thread-unsafe test. */
  int threads() {
    return threadUnsafe() ? 1 : requestedThreads;
  }

  /** Whether the body runs on worker threads rather than, as usual, once on JUnit's thread. */
  boolean runsOnWorkers() {
    return !threadUnsafe() && repeats();
  }

  /** Whether a thread-unsafe verdict took a run on workers (threads or iterations) away. */
  boolean heldBackFromParallel() {
    return threadUnsafe() && repeats();
  }

  /** A new iteration policy for one run of this plan: a budget times its own run. */
  IterationPolicy iterationPolicy() {
    return iterateFor == null
        ? IterationPolicy.count(iterations)
        : IterationPolicy.budget(iterateFor, iterations);
  }

  /** Whether the body would run more than once: on several threads, or several times. */
  private boolean repeats() {
    return requestedThreads > 1 || iterations > 1 || iterateFor != null;
  }
}
