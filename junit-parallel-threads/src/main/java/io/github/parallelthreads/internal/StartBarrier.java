package io.github.parallelthreads.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Holds a fixed set of threads until all of them have arrived, then releases them together, as many
 * times as there are iterations.
 *
 * <p>How waiters wait follows measurements (docs/performance.md):
 *
 * <ul>
 *   <li>At the first barrier of a run they park at once: the threads are still being started, and a
 *       spinning waiter would take the CPU that starting the others needs.
 *   <li>At later barriers (between iterations) they spin for a short, bounded time before they
 *       park: threads that arrive close together see the release within nanoseconds instead of each
 *       paying a wake-up. While spinning they yield every few microseconds, so that on a loaded
 *       machine a spinning waiter never holds the core a thread still to arrive needs.
 *   <li>A long wait costs no CPU: after the spin, waiters park.
 * </ul>
 *
 * <p>A cancelled run {@linkplain #breakBarrier() breaks} the barrier: every waiter, and every
 * thread that arrives later, gets a {@link RunCancelledException}, so no thread is left waiting.
 */
final class StartBarrier {

  /** How long a waiter spins before it parks; long enough to cover a short body's jitter. */
  static final long DEFAULT_SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(100);

  /** Spins between two yields (and two clock reads): a few microseconds. */
  private static final int SPINS_PER_YIELD = 64;

  private final int parties;
  private final long spinNanos;
  private final AtomicInteger arrived = new AtomicInteger();
  private volatile Thread[] threads = new Thread[0];
  private volatile int generation;
  private volatile boolean broken;

  StartBarrier(int parties) {
    this(parties, DEFAULT_SPIN_NANOS);
  }

  StartBarrier(int parties, long spinNanos) {
    this.parties = parties;
    this.spinNanos = spinNanos;
  }

  /** Names the threads to wake up on release; all of them must call {@link #await()}. */
  void bind(Thread[] parties) {
    this.threads = parties.clone();
  }

  /**
   * Waits until all parties have arrived. Interrupts do not end the wait: a run is cancelled by
   * {@linkplain #breakBarrier() breaking} the barrier, and a stray interrupt must not let one
   * worker run ahead of the others.
   *
   * @throws RunCancelledException if the barrier is broken
   */
  void await() {
    int current = generation;
    throwIfBroken();
    if (arrived.incrementAndGet() == parties) {
      arrived.set(0);
      generation = current + 1;
      wakeAll();
      return;
    }
    long spinUntil = System.nanoTime() + spinNanos;
    int spins = 0;
    boolean spinning = current > 0 && spinNanos > 0;
    while (generation == current) {
      throwIfBroken();
      if (spinning) {
        Thread.onSpinWait();
        if (++spins % SPINS_PER_YIELD == 0) {
          Thread.yield();
          spinning = System.nanoTime() < spinUntil;
        }
      } else {
        LockSupport.park(this);
        Thread.interrupted(); // an interrupt would make every later park return at once
      }
    }
  }

  /** Releases every waiter with a {@link RunCancelledException}, now and for good. */
  void breakBarrier() {
    broken = true;
    wakeAll();
  }

  private void throwIfBroken() {
    if (broken) {
      throw new RunCancelledException();
    }
  }

  private void wakeAll() {
    Thread self = Thread.currentThread();
    for (Thread thread : threads) {
      if (thread != self) {
        LockSupport.unpark(thread);
      }
    }
  }
}
