package io.github.parallelthreads.internal.execution;

import io.github.parallelthreads.ParallelContext;

/** One worker thread's place in a parallel run, in one iteration. */
public record WorkerContext(
    int threadIndex, int threadCount, int iterationIndex, int iterationCount)
    implements ParallelContext {

  /** The context of code that runs outside a parallel run. */
  static final WorkerContext SINGLE = new WorkerContext(0, 1, 0, 1);

  @Override
  public String toString() {
    return "thread "
        + threadIndex
        + " of "
        + threadCount
        + ", iteration "
        + iterationIndex
        // under a time budget the count is Integer.MAX_VALUE: as a count it would never finish
        + (iterationCount == Integer.MAX_VALUE ? ", under a time budget" : " of " + iterationCount);
  }
}
