package io.github.parallelthreads;

import java.io.Serial;
import java.util.List;
import org.opentest4j.MultipleFailuresError;

/**
 * The failure of a test that failed on one or more of its threads. The message says how many of the
 * threads failed, in which iterations, and what the threads shared; every distinct failure is one
 * of {@link #getFailures()} and is attached as a suppressed exception, with its full stack trace,
 * which IDEs and Surefire print.
 *
 * <p>It is an opentest4j {@link MultipleFailuresError}, so tools that know that type render it as
 * such. The extension creates it; a test has no reason to.
 */
public final class ParallelFailuresError extends MultipleFailuresError {

  @Serial private static final long serialVersionUID = 1L;

  private final String message;

  /**
   * Creates the failure of a parallel run.
   *
   * @param message the whole message, heading and groups of failures
   * @param failures one of each distinct failure
   */
  public ParallelFailuresError(String message, List<Throwable> failures) {
    super(message, failures);
    this.message = message;
    failures.forEach(this::addSuppressed);
  }

  @Override
  public String getMessage() {
    return message;
  }
}
