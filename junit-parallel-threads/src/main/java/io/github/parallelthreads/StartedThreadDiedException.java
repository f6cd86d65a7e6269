package io.github.parallelthreads;

import java.io.Serial;

/**
 * A thread that a test body started and that died with an uncaught exception, one of the failures
 * of a {@link ParallelFailuresError}. The uncaught exception is its cause, and its stack trace is
 * that exception's, so the report points at the code that threw.
 *
 * <p>The extension creates it; a test has no reason to.
 */
public final class StartedThreadDiedException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  /**
   * Describes a started thread that died.
   *
   * @param thread the thread that died
   * @param uncaught what it died with
   */
  public StartedThreadDiedException(Thread thread, Throwable uncaught) {
    super(
        "thread '" + thread.getName() + "', started by the test body, died with " + uncaught,
        uncaught,
        false,
        true);
    setStackTrace(uncaught.getStackTrace());
  }
}
