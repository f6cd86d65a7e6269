package io.github.parallelthreads.benchmarks.race;

/**
 * A small piece of thread-unsafe code with a check that fails when its race has happened.
 *
 * @param <S> the shared object the racing callers use
 */
public abstract class Kernel<S> {

  private final String name;
  private final String race;

  protected Kernel(String name, String race) {
    this.name = name;
    this.race = race;
  }

  /** Short identifier used in tables and file names. */
  public final String name() {
    return name;
  }

  /** What goes wrong, in a few words. */
  public final String race() {
    return race;
  }

  /** A fresh shared object, as a test would create it. */
  protected abstract S newState();

  /**
   * One body execution: uses the shared object as a test body would, and checks the result.
   *
   * @param execution a number unique to this execution within a trial, for distinct keys and values
   * @throws RaceExposedError if the race visibly happened
   */
  protected abstract void exercise(S state, int execution);
}
