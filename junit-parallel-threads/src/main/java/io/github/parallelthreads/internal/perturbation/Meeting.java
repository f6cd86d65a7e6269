package io.github.parallelthreads.internal.perturbation;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Where the workers of one run wait for each other: a worker held at a noise point waits, for a
 * bounded time, until another worker reaches the same point, and then both go on at once. Random
 * pauses only shift the threads; a meeting puts two of them at the same racy instruction at the
 * same moment, which is what a check-then-act or a lost update needs (the idea of RaceFuzzer, Sen
 * 2008, without its race prediction: every site may be a meeting place).
 */
final class Meeting {

  private static final long FREE = 0;

  /** How long a holder spins before it yields its core to a worker that may be on the way. */
  private static final long SPIN_BEFORE_YIELD_NANOS = 20_000;

  /** Per worker: the site it is held at, tagged so that site 0 is not {@link #FREE}. */
  private final AtomicLongArray heldAt;

  private final AtomicInteger holding = new AtomicInteger();

  Meeting(int threadCount) {
    this.heldAt = new AtomicLongArray(threadCount);
  }

  /** Whether there is anyone to meet. */
  boolean possible() {
    return heldAt.length() > 1;
  }

  /**
   * Releases another worker held at the site, if any: the two then run on together.
   *
   * @return whether a worker was released
   */
  boolean releaseAt(int site, int self) {
    if (holding.get() == 0) {
      return false;
    }
    long held = tagged(site);
    for (int worker = 0; worker < heldAt.length(); worker++) {
      if (worker != self
          && heldAt.get(worker) == held
          && heldAt.compareAndSet(worker, held, FREE)) {
        return true;
      }
    }
    return false;
  }

  /** Waits at the site until another worker releases this one, or the time is up. */
  void hold(int site, int self, long nanos) {
    long held = tagged(site);
    heldAt.set(self, held);
    holding.incrementAndGet();
    try {
      long start = System.nanoTime();
      long lastYield = start;
      while (heldAt.get(self) == held) {
        long now = System.nanoTime();
        if (now - start >= nanos) {
          heldAt.compareAndSet(self, held, FREE);
          return;
        }
        if (now - lastYield >= SPIN_BEFORE_YIELD_NANOS) {
          Thread.yield();
          lastYield = now;
        } else {
          Thread.onSpinWait();
        }
      }
    } finally {
      holding.decrementAndGet();
    }
  }

  private static long tagged(int site) {
    return (1L << 32) | (site & 0xFFFF_FFFFL);
  }
}
