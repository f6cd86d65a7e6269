package io.github.parallelthreads.internal;

import java.io.Serial;

/**
 * Stands in the result for a thread that a test body started and that died with an uncaught
 * exception; it carries that exception's stack trace, so the report points at the code that threw.
 */
final class StartedThreadDiedException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  StartedThreadDiedException(Thread thread, Throwable uncaught) {
    super(
        "thread '" + thread.getName() + "', started by the test body, died with " + uncaught,
        uncaught,
        false,
        true);
    setStackTrace(uncaught.getStackTrace());
  }
}
