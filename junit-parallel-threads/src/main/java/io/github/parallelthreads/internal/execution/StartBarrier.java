package io.github.parallelthreads.internal.execution;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

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
 * <p>A run with a time budget gives the barrier a release decision: the last thread to arrive asks
 * it whether the threads start another iteration, and every released thread learns the answer from
 * {@link #await()}. All threads learn it at the same release, so none is left waiting for a thread
 * that stopped; the cost is one call by one thread per iteration (docs/performance.md).
 *
 * <p>A cancelled run {@linkplain #breakBarrier() breaks} the barrier: every waiter, and every
 * thread that arrives later, gets a {@link RunCancelledException}, so no thread is left waiting.
 */
public final class StartBarrier {

  /** How long a waiter spins before it parks; long enough to cover a short body's jitter. */
  @VisibleForTesting
  public static final long DEFAULT_SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(100);

  /** Spins between two yields (and two clock reads): a few microseconds. */
  private static final int SPINS_PER_YIELD = 64;

  /** The longest a released thread waits on the start line for the others to be running. */
  @VisibleForTesting public static final long DEFAULT_LINE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  private final int parties;
  private final long spinNanos;
  private final StartLine line;
  private final BooleanSupplier startsNext;
  private final AtomicInteger arrived = new AtomicInteger();
  private volatile Thread[] threads = new Thread[0];
  private volatile int generation;
  private volatile boolean broken;
  private volatile boolean stopped;

  /**
   * The barrier of a parallel run, tuned as docs/performance.md measured best.
   *
   * @param parties how many threads wait at it, 1 or more
   */
  public StartBarrier(int parties) {
    this(parties, () -> true);
  }

  /**
   * The barrier of a parallel run whose last arriver decides at every release whether the threads
   * start another iteration.
   *
   * @param parties how many threads wait at it, 1 or more
   * @param startsNext asked by the last thread to arrive, once per release, while every other party
   *     waits: whether the released threads go on; once it says no, every later {@link #await()}
   *     says so too
   */
  public StartBarrier(int parties, BooleanSupplier startsNext) {
    this(parties, DEFAULT_SPIN_NANOS, defaultLineSize(parties), DEFAULT_LINE_NANOS, startsNext);
  }

  /**
   * A barrier tuned otherwise, to measure or test the tuning.
   *
   * @param parties how many threads wait at it, 1 or more
   * @param spinNanos how long a waiter spins before it parks, on passes after the first; 0 or more,
   *     0 parks at once
   * @param lineSize how many released threads the start line waits for, from 1 to {@code parties}
   * @param lineNanos the longest a released thread waits on the start line; 0 or more, 0 turns the
   *     line off
   * @throws IllegalArgumentException if a value is out of its range
   */
  @VisibleForTesting
  public StartBarrier(int parties, long spinNanos, int lineSize, long lineNanos) {
    this(parties, spinNanos, lineSize, lineNanos, () -> true);
  }

  private StartBarrier(
      int parties, long spinNanos, int lineSize, long lineNanos, BooleanSupplier startsNext) {
    if (parties < 1) {
      throw new IllegalArgumentException("a start barrier needs 1 or more parties: " + parties);
    }
    if (spinNanos < 0 || lineNanos < 0) {
      throw new IllegalArgumentException(
          "spin and line times must be 0 or more nanoseconds: spinNanos="
              + spinNanos
              + ", lineNanos="
              + lineNanos);
    }
    if (lineSize < 1 || lineSize > parties) {
      throw new IllegalArgumentException(
          "the start line's size must be from 1 to the " + parties + " parties: " + lineSize);
    }
    this.parties = parties;
    this.spinNanos = spinNanos;
    this.line = new StartLine(lineSize, parties, lineNanos);
    this.startsNext = startsNext;
  }

  /**
   * How many released threads the start line waits for: as many as can run at once.
   *
   * @param parties the barrier's parties
   * @return the parties, at most one per available processor
   */
  @VisibleForTesting
  public static int defaultLineSize(int parties) {
    return Math.max(1, Math.min(parties, Runtime.getRuntime().availableProcessors()));
  }

  /**
   * Names the threads to wake up on release; all of them must call {@link #await()}.
   *
   * @param parties the threads, as many as the barrier's parties
   * @throws IllegalArgumentException if their number is not the barrier's parties
   */
  public void bind(Thread[] parties) {
    if (parties.length != this.parties) {
      throw new IllegalArgumentException(
          "bind the barrier's " + this.parties + " parties, not " + parties.length + " threads");
    }
    this.threads = parties.clone();
  }

  /**
   * Waits until all parties have arrived, then on the start line until the released threads are
   * running together. Interrupts do not end the wait: a run is cancelled by {@linkplain
   * #breakBarrier() breaking} the barrier, and a stray interrupt must not let one worker run ahead
   * of the others.
   *
   * @return whether the threads start another iteration: always, unless the release decision said
   *     no; then every party gets {@code false} from this release on
   * @throws RunCancelledException if the barrier is broken
   */
  public boolean await() {
    int released = awaitRelease();
    if (stopped) {
      return false;
    }
    if (released == 0) {
      line.arriveAndWait();
      throwIfBroken();
    }
    return true;
  }

  /** How many threads have come onto the start line (only the first release has one). */
  @VisibleForTesting
  int onStartLine() {
    return line.running();
  }

  /** Returns the generation the caller was released from: 0 for a run's first release. */
  private int awaitRelease() {
    int current = generation;
    throwIfBroken();
    if (arrived.incrementAndGet() == parties) {
      arrived.set(0);
      stopped |= !startsNext.getAsBoolean();
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
  public void breakBarrier() {
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
