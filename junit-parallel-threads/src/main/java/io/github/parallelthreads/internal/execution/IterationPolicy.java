package io.github.parallelthreads.internal.execution;

import java.time.Duration;

/**
 * How many iterations the threads of one run start: a count every thread knows in advance, or as
 * many as a time budget allows.
 *
 * <p>Every iteration starts with all threads at the start barrier, so all threads must make the
 * same decision: a thread that stopped alone would leave the others waiting. Under a count each
 * thread counts for itself and they agree. Under a budget the decision is made once per iteration,
 * by the last thread to arrive at the barrier ({@link #startsNext}); at that moment every thread
 * has finished the iteration before, so a failure in it is known, and every thread is waiting to be
 * told. One policy serves one run: a budget remembers when its run's first iteration started.
 */
public final class IterationPolicy {

  private final int atLeast;
  private final long budgetNanos;

  // counted only by the barrier's last arriver, one release after the other: each release
  // happens-before the next one through the barrier's generation, a volatile
  private int releases;
  // also read by the test's thread, which may find a worker of a run cut short still writing
  private volatile long firstReleaseNanos;

  private IterationPolicy(int atLeast, long budgetNanos) {
    if (atLeast < 1) {
      throw new IllegalArgumentException("a run needs 1 or more iterations: " + atLeast);
    }
    this.atLeast = atLeast;
    this.budgetNanos = budgetNanos;
  }

  /** Every thread runs the body {@code iterations} times, whatever happens. */
  public static IterationPolicy count(int iterations) {
    return new IterationPolicy(iterations, -1);
  }

  /**
   * Every thread keeps iterating until the budget, counted from the first release, has passed and
   * it has run at least {@code atLeast} iterations; no thread starts an iteration after one failed.
   */
  public static IterationPolicy budget(Duration budget, int atLeast) {
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("a time budget must be positive: " + budget);
    }
    return new IterationPolicy(atLeast, budget.toNanos());
  }

  /** Whether a time budget, not a count, says when the run ends. */
  public boolean hasBudget() {
    return budgetNanos >= 0;
  }

  /** The budget; only under {@link #hasBudget()}. */
  public Duration budget() {
    return Duration.ofNanos(budgetNanos);
  }

  /**
   * The most iterations a thread runs, and what {@link io.github.parallelthreads.ParallelContext}
   * reports as the iteration count: the count, or under a budget {@link Integer#MAX_VALUE}, as an
   * iteration's index is an {@code int}.
   */
  public int maxIterations() {
    return hasBudget() ? Integer.MAX_VALUE : atLeast;
  }

  /**
   * Asked by the last thread to arrive at each release of a budgeted run's barrier, when every
   * thread has finished the iteration before: whether all threads start the next one.
   *
   * @param failed whether any thread has failed an iteration so far
   */
  boolean startsNext(boolean failed) {
    int next = releases++;
    long now = System.nanoTime();
    if (next == 0) {
      firstReleaseNanos = now;
      return true;
    }
    return !failed && (next < atLeast || now - firstReleaseNanos < budgetNanos);
  }

  /** When the first iteration started, by {@link System#nanoTime()}; 0 before it did. */
  long firstReleaseNanos() {
    return firstReleaseNanos;
  }
}
