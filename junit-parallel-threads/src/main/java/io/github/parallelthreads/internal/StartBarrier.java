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
 *   <li>After the first release of a run, released threads meet on a {@link StartLine}: each spins
 *       until as many released threads are running as can run at once (the parties, at most one per
 *       processor), in waves of that size, for at most {@link #DEFAULT_LINE_NANOS}. Without it, the
 *       thread that makes the release runs its body while freshly started threads are still being
 *       woken, and short bodies do not overlap. Later releases skip the line: the threads were
 *       spinning at the barrier, so they already run together, and on a loaded machine the line
 *       would cost up to its bound on every iteration.
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

  /** The longest a released thread waits on the start line for the others to be running. */
  static final long DEFAULT_LINE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  private final int parties;
  private final long spinNanos;
  private final StartLine line;
  private final AtomicInteger arrived = new AtomicInteger();
  private volatile Thread[] threads = new Thread[0];
  private volatile int generation;
  private volatile boolean broken;

  StartBarrier(int parties) {
    this(parties, DEFAULT_SPIN_NANOS);
  }

  StartBarrier(int parties, long spinNanos) {
    this(parties, spinNanos, DEFAULT_LINE_NANOS);
  }

  /**
   * @param spinNanos how long a waiter spins before it parks, on passes after the first
   * @param lineNanos the longest a released thread waits on the start line; 0 turns it off
   */
  StartBarrier(int parties, long spinNanos, long lineNanos) {
    this(
        parties,
        spinNanos,
        Math.min(parties, Runtime.getRuntime().availableProcessors()),
        lineNanos);
  }

  StartBarrier(int parties, long spinNanos, int lineSize, long lineNanos) {
    this.parties = parties;
    this.spinNanos = spinNanos;
    this.line = new StartLine(lineSize, parties, lineNanos);
  }

  /** Names the threads to wake up on release; all of them must call {@link #await()}. */
  void bind(Thread[] parties) {
    this.threads = parties.clone();
  }

  /**
   * Waits until all parties have arrived, then on the start line until the released threads are
   * running together. Interrupts do not end the wait: a run is cancelled by {@linkplain
   * #breakBarrier() breaking} the barrier, and a stray interrupt must not let one worker run ahead
   * of the others.
   *
   * @throws RunCancelledException if the barrier is broken
   */
  void await() {
    int released = awaitRelease();
    if (released == 0) {
      line.arriveAndWait();
      throwIfBroken();
    }
  }

  /** How many threads have come onto the start line (only the first release has one). */
  int onStartLine() {
    return line.running();
  }

  /** Returns the generation the caller was released from: 0 for a run's first release. */
  private int awaitRelease() {
    int current = generation;
    throwIfBroken();
    if (arrived.incrementAndGet() == parties) {
      arrived.set(0);
      generation = current + 1;
      wakeAll();
      return current;
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
    return current;
  }

  /** Releases every waiter with a {@link RunCancelledException}, now and for good. */
  void breakBarrier() {
    broken = true;
    line.cancel();
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
