package io.github.parallelthreads.internal.perturbation;

import java.util.concurrent.atomic.LongAdder;

/**
 * The noise of one parallel run: each worker enters it before its body and leaves it after, and
 * only between the two does that thread pause at noise points. It counts the points the workers
 * passed and the pauses they made, for the test's report.
 */
public final class RunNoise implements AutoCloseable {

  private final long seed;
  private final long testSeed;
  private final LongAdder points = new LongAdder();
  private final LongAdder pauses = new LongAdder();
  private final LongAdder meetings = new LongAdder();
  private final Meeting meeting;
  private final ThreadLocal<IterationNoise> current = new ThreadLocal<>();
  private boolean closed;

  /**
   * Starts the noise of a run; {@link #close()} ends it.
   *
   * @param seed the engine run's seed, from which every random choice follows
   * @param testId the test's unique ID: with it each test, and each repetition of one, makes
   *     choices of its own, and a rerun with the seed makes the same ones again, whichever other
   *     tests run with it
   * @param threadCount how many workers the run has
   */
  public RunNoise(long seed, String testId, int threadCount) {
    this.seed = seed;
    this.testSeed = testSeed(seed, testId);
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
    IterationNoise noise = new IterationNoise(testSeed, threadIndex, iterationIndex, meeting);
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

  /**
   * The engine run's seed with a 64-bit FNV-1a hash of the test's ID, which, unlike a hash of an
   * object, is the same in every JVM; {@link IterationNoise} mixes the result with the thread and
   * iteration.
   */
  static long testSeed(long seed, String testId) {
    long hash = 0xCBF29CE484222325L;
    for (int i = 0; i < testId.length(); i++) {
      hash = (hash ^ testId.charAt(i)) * 0x100000001B3L;
    }
    return seed ^ hash;
  }

  /** The engine run's seed, which a rerun passes back: the test's choices follow from it. */
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
