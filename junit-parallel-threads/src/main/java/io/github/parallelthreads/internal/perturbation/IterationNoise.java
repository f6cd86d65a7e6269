package io.github.parallelthreads.internal.perturbation;

import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * The noise of one worker thread in one iteration: whether to pause at each noise point it passes,
 * and for how long, all drawn from one {@link SplittableRandom} seeded from the run's seed, the
 * thread index and the iteration. The same seed makes the same choices at the same sequence of
 * points, since no choice depends on a clock.
 *
 * <p>Each iteration draws its own pause probability, from one in 2 to one in 64: a body with few
 * points needs a pause at most of them, one with thousands needs pauses spread out, and nobody
 * knows which kind a test is. A budget of pauses and of planned pause time bounds what one
 * iteration can cost, whatever the body does.
 */
final class IterationNoise {

  /** At most this many pauses per iteration. */
  static final int MAX_PAUSES = 48;

  /** At most this much planned pause time per iteration. */
  static final long MAX_PAUSE_NANOS = 2_000_000;

  private static final long YIELD_COST_NANOS = 5_000;

  private final SplittableRandom random;
  private final int oneIn;
  private int points;
  private int pauses;
  private long plannedNanos;

  IterationNoise(long seed, int threadIndex, int iterationIndex) {
    this.random = new SplittableRandom(mix(seed, threadIndex, iterationIndex));
    this.oneIn = 1 << (1 + random.nextInt(6));
  }

  /**
   * Delays the start of the body by a random offset, or not at all, so that iterations try
   * different alignments of the threads' bodies.
   */
  void releaseOffset() {
    switch (random.nextInt(8)) {
      case 0, 1 -> spin(random.nextLong(10_000));
      case 2 -> Thread.yield();
      case 3 -> spin(random.nextLong(50_000));
      default -> {
        // half the iterations start as tight as the barrier allows
      }
    }
  }

  /** A noise point: pause, with this iteration's probability, while the budget lasts. */
  void point() {
    points++;
    if (pauses >= MAX_PAUSES || plannedNanos >= MAX_PAUSE_NANOS || random.nextInt(oneIn) != 0) {
      return;
    }
    pauses++;
    switch (random.nextInt(3)) {
      case 0 -> {
        plannedNanos += YIELD_COST_NANOS;
        Thread.yield();
      }
      case 1 -> {
        // short: spin, so the thread keeps its core and the others run into its window
        long nanos = (1_000L << random.nextInt(5)) + random.nextLong(1_000);
        plannedNanos += nanos;
        spin(nanos);
      }
      default -> {
        // long: park, so another thread gets this core and runs through the window
        long nanos = (20_000L << random.nextInt(4)) + random.nextLong(20_000);
        plannedNanos += nanos;
        LockSupport.parkNanos(nanos);
      }
    }
  }

  int points() {
    return points;
  }

  int pauses() {
    return pauses;
  }

  private static void spin(long nanos) {
    long end = System.nanoTime() + nanos;
    while (System.nanoTime() - end < 0) {
      Thread.onSpinWait();
    }
  }

  /** A seed per thread and iteration whose streams do not overlap for neighbouring indexes. */
  static long mix(long seed, int threadIndex, int iterationIndex) {
    long mixed = mix64(seed + 0x9E3779B97F4A7C15L * (threadIndex + 1L));
    return mix64(mixed + 0xC2B2AE3D27D4EB4FL * (iterationIndex + 1L));
  }

  /** The finaliser of SplitMix64 (Stafford's variant 13): every input bit affects every output. */
  private static long mix64(long value) {
    long z = (value ^ (value >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
