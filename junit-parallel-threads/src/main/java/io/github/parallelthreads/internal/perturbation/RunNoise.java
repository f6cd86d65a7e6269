package io.github.parallelthreads.internal.perturbation;

import java.util.concurrent.atomic.LongAdder;

/**
 * The noise of one parallel run: each worker enters it before its body and leaves it after, and
 * only between the two does that thread pause at noise points. It counts the points the workers
 * passed and the pauses they made, for the test's report.
 */
public final class RunNoise implements AutoCloseable {

  private final long seed;
  private final LongAdder points = new LongAdder();
  private final LongAdder pauses = new LongAdder();
  private final LongAdder meetings = new LongAdder();
  private final Meeting meeting;
  private final ThreadLocal<IterationNoise> current = new ThreadLocal<>();
  private boolean closed;

  /**
   * Starts the noise of a run; {@link #close()} ends it.
   *
   * @param seed the run's seed, from which every random choice follows
   * @param threadCount how many workers the run has
   */
  public RunNoise(long seed, int threadCount) {
    this.seed = seed;
    this.meeting = new Meeting(threadCount);
    Noise.runStarted();
  }

  /**
   * Called by a worker after the start barrier, just before the body: from here on it pauses at
   * noise points. Starts with a random release offset.
   *
   * @param threadIndex the worker's index
   * @param iterationIndex the iteration it starts
   */
  public void enter(int threadIndex, int iterationIndex) {
    IterationNoise noise = new IterationNoise(seed, threadIndex, iterationIndex, meeting);
    current.set(noise);
    noise.releaseOffset();
    Noise.enter(noise);
  }

  /** Called by a worker just after the body: it no longer pauses. */
  public void leave() {
    Noise.leave();
    IterationNoise noise = current.get();
    if (noise != null) {
      current.remove();
      points.add(noise.points());
      pauses.add(noise.pauses());
      meetings.add(noise.meetings());
    }
  }

  /** The seed every choice of this run followed from. */
  public long seed() {
    return seed;
  }

  /** How many noise points the workers passed while running the body. */
  public long points() {
    return points.sum();
  }

  /** At how many of them a worker paused. */
  public long pauses() {
    return pauses.sum();
  }

  /** How often a worker reached a point where another was held, and both went on together. */
  public long meetings() {
    return meetings.sum();
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      Noise.runEnded();
    }
  }
}
