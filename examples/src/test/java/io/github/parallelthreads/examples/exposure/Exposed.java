package io.github.parallelthreads.examples.exposure;

/**
 * A fixture run in which the extension exposed the bug.
 *
 * @param fixture the fixture class that was run
 * @param run which run failed, from 1
 * @param maxRuns how many runs were allowed
 * @param failure what the test failed with: the extension's report of every thread's failure
 */
public record Exposed(Class<?> fixture, int run, int maxRuns, Throwable failure) {

  /** The failure's message, which starts with how many threads failed. */
  public String message() {
    return String.valueOf(failure.getMessage());
  }

  /**
   * Prints what was exposed, so a run of the examples shows the extension at work while the build
   * stays green: the bug is demonstrated by this check passing, not left as a failing test.
   */
  public Exposed show() {
    System.out.printf(
        "%n[exposed] %s, in run %d of at most %d:%n  %s%n",
        fixture.getSimpleName(), run, maxRuns, message().replace("\n", "\n  "));
    return this;
  }
}
