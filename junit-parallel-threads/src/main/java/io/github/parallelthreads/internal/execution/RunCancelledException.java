package io.github.parallelthreads.internal.execution;

import java.io.Serial;

/**
 * Ends a worker's wait when its run is cancelled (timed out, interrupted, or stopped by a fatal
 * error). It is never reported as a failure of its own.
 */
final class RunCancelledException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  RunCancelledException() {
    super("the parallel run was cancelled", null, false, false);
  }
}
