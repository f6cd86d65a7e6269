package io.github.parallelthreads;

import io.github.parallelthreads.internal.execution.CurrentWorker;

/**
 * Where the calling code runs within a parallel run: which thread of how many, and which iteration
 * of how many.
 *
 * <p>Declare it as a test method parameter, or call {@link #current()} from any code. In a parallel
 * run every worker thread sees its own values; outside one (on JUnit's own thread, or when the test
 * runs on one thread) the values are those of a single thread and a single iteration.
 *
 * <pre>{@code
 * @ParallelThreads(4)
 * @Test
 * void eachThreadWritesItsOwnKey(ParallelContext context) {
 *   cache.put("key-" + context.threadIndex(), context.iterationIndex());
 * }
 * }</pre>
 */
public interface ParallelContext {

  /**
   * The index of the calling worker thread.
   *
   * @return a value from {@code 0} to {@code threadCount() - 1}
   */
  int threadIndex();

  /**
   * How many threads run the test body at once.
   *
   * @return {@code 1} or more
   */
  int threadCount();

  /**
   * The index of the iteration the calling thread is running.
   *
   * @return a value from {@code 0} to {@code iterationCount() - 1}
   */
  int iterationIndex();

  /**
   * How many times each thread runs the test body.
   *
   * <p>Under a time budget ({@link IterateFor}, {@code junit.parallel.iterate-for}) the count is
   * not known until the budget has passed, and this returns {@link Integer#MAX_VALUE}, the most
   * iterations a thread can run; {@link #iterationIndex()} stays below it, as always.
   *
   * @return {@code 1} or more; {@link Integer#MAX_VALUE} under a time budget
   */
  int iterationCount();

  /**
   * The context of the calling thread: a worker's own values within a parallel run, otherwise those
   * of one thread and one iteration.
   *
   * @return the calling thread's context, never {@code null}
   */
  static ParallelContext current() {
    return CurrentWorker.context();
  }
}
