package io.github.parallelthreads.internal;

import java.io.Serial;
import java.util.List;
import org.opentest4j.MultipleFailuresError;

/**
 * The failure of a test that failed on one or more threads: a message that summarises every thread,
 * and every distinct failure with its stack trace (as {@link #getFailures()} and as suppressed
 * exceptions, which IDEs and Surefire print).
 */
final class ParallelFailuresError extends MultipleFailuresError {

  @Serial private static final long serialVersionUID = 1L;

  private final String message;

  ParallelFailuresError(String message, List<Throwable> failures) {
    super(message, failures);
    this.message = message;
    failures.forEach(this::addSuppressed);
  }

  @Override
  public String getMessage() {
    return message;
  }
}
