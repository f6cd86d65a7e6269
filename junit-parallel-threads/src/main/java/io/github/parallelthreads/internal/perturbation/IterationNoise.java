package io.github.parallelthreads.internal.perturbation;

import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * The noise of one worker thread in one iteration: at each noise point it passes, whether to pause
 * and how, all drawn from one {@link SplittableRandom} seeded from the test's seed ({@link
 * RunNoise#testSeed}: the run's seed and the test's unique ID), the thread index and the iteration.
 * The draws at a point do not depend on what other threads do or on a clock, so the same seed makes
 * the same choices at the same sequence of points.
 *
 * <p>Each iteration draws its own pause probability, from every point to one in 64: a body with few
 * points needs a pause at most of them, one with thousands needs pauses spread out, and nobody
 * knows which kind a test is. A pause is a yield, a short spin (the thread keeps its core, others
 * run into its window), a park (another thread gets the core and runs through the window), or a
 * hold at the point until another worker reaches it ({@link Meeting}). A budget of pauses and of
 * planned pause time bounds what one iteration can cost, whatever the body does.
 */
final class IterationNoise {

  /** At most this many pauses per iteration. */
  static final int MAX_PAUSES = 48;

  /** At most this much planned pause time per iteration. */
  static final long MAX_PAUSE_NANOS = 2_000_000;

  private static final long YIELD_COST_NANOS = 5_000;

  /**
   * The pause rates an iteration draws from, one in each: weighted to the high rates, since a short
   * body gets few chances, and the budget caps what a long one costs.
   */
  private static final int[] RATES = {1, 1, 2, 2, 4, 16, 64};

  private final SplittableRandom random;
  private final Meeting meeting;
  private final int threadIndex;
  private final int oneIn;
  private int points;
  private int pauses;
  private int meetings;
  private long plannedNanos;

  IterationNoise(long seed, int threadIndex, int iterationIndex, Meeting meeting) {
    this.random = new SplittableRandom(mix(seed, threadIndex, iterationIndex));
    this.meeting = meeting;
    this.threadIndex = threadIndex;
    this.oneIn = RATES[random.nextInt(RATES.length)];
  }

  /**
   * Delays the start of the body by a random offset, or not at all, so that iterations try
   * different alignments of the threads' bodies.
   */
  void releaseOffset() {
    switch (random.nextInt(8)) {
      case 0 -> spin(random.nextLong(10_000));
      case 1 -> Thread.yield();
      default -> {
        // most iterations start as tight as the barrier allows: short bodies need the overlap
      }
    }
  }

  /**
   * A noise point: go on together with a worker held here, or else pause with this iteration's
   * probability while the budget lasts.
   *
   * @param site which point, the same for every thread
   */
  void point(int site) {
    points++;
    boolean budgetLeft = pauses < MAX_PAUSES && plannedNanos < MAX_PAUSE_NANOS;
    // drawn before looking at the other threads, so that they cannot shift this thread's draws
    boolean pause = budgetLeft && (oneIn == 1 || random.nextInt(oneIn) == 0);
    int kind = pause ? random.nextInt(7) : -1;
    long nanos = pause ? length(kind) : 0;
    // a worker whose budget is spent still frees one held here: releasing costs it nothing
    if (meeting.releaseAt(site, threadIndex)) {
      meetings++;
      return;
    }
    if (!pause) {
      return;
    }
    pauses++;
    plannedNanos += nanos;
    switch (kind) {
      case 0 -> Thread.yield();
      case 1 -> spin(nanos);
      case 2 -> LockSupport.parkNanos(nanos);
      default -> {
        if (meeting.possible()) {
          meeting.hold(site, threadIndex, nanos);
        } else {
          LockSupport.parkNanos(nanos);
        }
      }
    }
  }

  private long length(int kind) {
    return switch (kind) {
      case 0 -> YIELD_COST_NANOS;
      case 1 -> (1_000L << random.nextInt(5)) + random.nextLong(1_000);
      case 2 -> (20_000L << random.nextInt(4)) + random.nextLong(20_000);
      default -> (50_000L << random.nextInt(4)) + random.nextLong(50_000);
    };
  }

  int points() {
    return points;
  }

  int pauses() {
    return pauses;
  }

  int meetings() {
    return meetings;
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
