package io.github.parallelthreads.internal.execution;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes threads released by the {@link StartBarrier} enter the body together: each released thread
 * announces itself and spins until enough of them are running, or a short bound has passed.
 *
 * <p>Threads leave in waves of {@code size}: the first {@code size} to arrive wait for each other,
 * the next {@code size} for each other, and so on, so that threads which could not run in the first
 * wave still meet a partner instead of running alone.
 *
 * <p>Why: releasing a thread is not running it. A parked thread needs tens of microseconds to be
 * woken and scheduled, while the thread that released it runs its body at once; a short body can be
 * finished before the others run, and then nothing overlaps. Only as many threads as there are
 * processors can run at once, so the line waits for that many, never more.
 *
 * <p>The wait is bounded (a thread that does not get a core in time is not waited for) and spins
 * without parking, so a full line is seen within nanoseconds.
 */
final class StartLine {

  /** Spins between two reads of the clock and the cancel flag. */
  private static final int SPINS_PER_CHECK = 64;

  private final int size;
  private final int parties;
  private final long maxWaitNanos;
  private final AtomicInteger running = new AtomicInteger();
  private volatile boolean cancelled;

  /**
   * @param size how many running threads fill a wave; 1 or less means nobody waits
   * @param parties how many threads arrive; the last wave may be smaller
   * @param maxWaitNanos the longest a thread waits for its wave to fill
   */
  StartLine(int size, int parties, long maxWaitNanos) {
    this.size = Math.max(1, size);
    this.parties = parties;
    this.maxWaitNanos = maxWaitNanos;
  }

  /** Announces the calling thread and waits until its wave is full, the bound passes, or cancel. */
  void arriveAndWait() {
    int position = running.incrementAndGet();
    int waveFull = Math.min(parties, ceilToMultiple(position, size));
    if (position >= waveFull || maxWaitNanos <= 0) {
      return;
    }
    long deadline = System.nanoTime() + maxWaitNanos;
    int spins = 0;
    while (running.get() < waveFull) {
      Thread.onSpinWait();
      if (++spins % SPINS_PER_CHECK == 0 && (cancelled || System.nanoTime() - deadline >= 0)) {
        return;
      }
    }
  }

  private static int ceilToMultiple(int value, int step) {
    return (value + step - 1) / step * step;
  }

  /** How many threads have arrived. */
  int running() {
    return running.get();
  }

  /** Lets every thread on the line go at once, now and for good. */
  void cancel() {
    cancelled = true;
  }
}
