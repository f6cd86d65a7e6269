package io.github.parallelthreads.internal;

import java.io.Serial;

/**
 * Stands in the result for a worker that had not finished when its run was cut short; its stack
 * trace is the worker's, taken at that moment.
 */
final class WorkerStillRunningException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  WorkerStillRunningException(String message, StackTraceElement[] workerStack) {
    super(message, null, false, true);
    setStackTrace(workerStack);
  }
}
