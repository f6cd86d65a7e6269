package io.github.parallelthreads.benchmarks.race;

/** Thrown by a kernel's check when the race it contains has visibly happened. */
public final class RaceExposedError extends AssertionError {

  private static final long serialVersionUID = 1L;

  public RaceExposedError(String message) {
    super(message);
  }

  public RaceExposedError(String message, Throwable symptom) {
    super(message, symptom);
  }
}
