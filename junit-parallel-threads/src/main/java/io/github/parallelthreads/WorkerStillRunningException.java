package io.github.parallelthreads;

import java.io.Serial;

/**
 * A worker thread that had not finished when its parallel run was cut short (by {@code
 * junit.parallel.timeout}, an interrupt or another thread's fatal error), one of the failures of a
 * {@link ParallelFailuresError}. Its stack trace is the worker's, taken at that moment, so the
 * report shows where the worker was stuck.
 *
 * <p>The extension creates it; a test has no reason to.
 */
public final class WorkerStillRunningException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  /**
   * Describes a worker that was still running.
   *
   * @param message names the worker and what cut the run short
   * @param workerStack the worker's stack trace
   */
  public WorkerStillRunningException(String message, StackTraceElement[] workerStack) {
    super(message, null, false, true);
    setStackTrace(workerStack.clone());
  }
}
