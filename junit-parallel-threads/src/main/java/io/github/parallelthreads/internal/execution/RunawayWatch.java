package io.github.parallelthreads.internal.execution;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * Finds workers that loop on the CPU long after the other workers of their run finished the same
 * iteration. That is what a thread caught in a structure corrupted by concurrent writes does (a
 * {@code HashMap} or {@code TreeMap} whose links form a cycle): it never ends and never looks at
 * its interrupt, so only reporting it early spares the run its timeout.
 *
 * <p>A worker is taken for such a loop when, in the iteration it is in:
 *
 * <ul>
 *   <li>at least one other worker has finished that iteration;
 *   <li>it has run for more than {@value #SLOWER_THAN_OTHERS} times as long as the others took, and
 *       for more than {@link #MIN_RUNNING};
 *   <li>then, for at least {@link #OBSERVED_FOR}, it was runnable whenever it was looked at and
 *       used at least {@value #MIN_CPU_SHARE_PERCENT} % of that time on the CPU.
 * </ul>
 *
 * <p>A worker that waits (for a lock, a latch, a reply) uses no CPU and is never taken for a loop:
 * waiting forever is the deadlock watch's and {@code junit.parallel.timeout}'s to end. Where the
 * JVM does not measure thread CPU time, the watch finds nothing, and the timeout ends such a run as
 * it always did.
 *
 * <p>Workers tell the watch when they enter and leave a body; the thread that waits for the run
 * {@linkplain #find(Thread[]) asks it} at every poll. Only that thread reads the observations.
 */
public final class RunawayWatch {

  /**
   * The threads of a run execute the same body and get the same share of the CPU; one that takes
   * ten times as long as all those that finished is not scheduling noise.
   */
  static final int SLOWER_THAN_OTHERS = 10;

  /**
   * Bodies that end in milliseconds would otherwise be called loops after a few tens of them: a GC
   * pause, JIT compilation or a loaded machine can hold one thread back that long, never for
   * seconds. Still a hundred times shorter than the default {@code junit.parallel.timeout}.
   */
  static final Duration MIN_RUNNING = Duration.ofSeconds(2);

  /**
   * Four polls of the waiting thread: a worker between two waits may be runnable at one look, not
   * at all of them.
   */
  static final Duration OBSERVED_FOR = Duration.ofSeconds(1);

  /**
   * A waiting thread uses no CPU at all; a looping one gets what the scheduler gives it, which on a
   * loaded 2-core machine was 10 to 40 % of a core (docs/reliability.md). A low bar tells the two
   * apart without needing an idle machine.
   */
  static final int MIN_CPU_SHARE_PERCENT = 5;

  private static final int NONE = -1;

  /** Told every worker found past the time rule but waiting; a test seam, normally null. */
  private static volatile Consumer<Thread> sparedListener;

  private final ToLongFunction<Thread> cpuNanos;
  private final LongSupplier clock;

  // written by the workers
  private final AtomicIntegerArray startedIteration;
  private final AtomicIntegerArray endedIteration;
  private final AtomicLongArray startedAt;
  private final AtomicLongArray endedAt;

  // read and written only by the thread that polls
  private final int[] observedIteration;
  private final long[] observedSince;
  private final long[] cpuAtObservationStart;

  /** A watch over the workers of a run of {@code workers} threads, with this JVM's clocks. */
  RunawayWatch(int workers) {
    this(workers, ThreadCpuTime::nanos, System::nanoTime);
  }

  /**
   * A watch with other clocks, to test the rule.
   *
   * @param cpuNanos a thread's CPU time so far, or -1 if not known
   * @param clock the wall clock, in nanoseconds
   */
  @VisibleForTesting
  RunawayWatch(int workers, ToLongFunction<Thread> cpuNanos, LongSupplier clock) {
    this.cpuNanos = cpuNanos;
    this.clock = clock;
    this.startedIteration = new AtomicIntegerArray(workers);
    this.endedIteration = new AtomicIntegerArray(workers);
    this.startedAt = new AtomicLongArray(workers);
    this.endedAt = new AtomicLongArray(workers);
    this.observedIteration = new int[workers];
    this.observedSince = new long[workers];
    this.cpuAtObservationStart = new long[workers];
    for (int i = 0; i < workers; i++) {
      startedIteration.set(i, NONE);
      endedIteration.set(i, NONE);
      observedIteration[i] = NONE;
    }
  }

  /**
   * Sets what is told of every worker the watch found past the time rule but waiting, and so did
   * not take for a loop; {@code null} for nothing. Lets a test release a waiting worker once the
   * watch has looked at it long enough.
   */
  @VisibleForTesting
  public static void whenSpared(Consumer<Thread> listener) {
    sparedListener = listener;
  }

  /** Called by a worker as it enters the body of an iteration. */
  void bodyStarted(int worker, int iteration) {
    startedAt.set(worker, clock.getAsLong());
    startedIteration.set(worker, iteration);
  }

  /** Called by a worker as it leaves the body it last entered. */
  void bodyEnded(int worker) {
    endedAt.set(worker, clock.getAsLong());
    endedIteration.set(worker, startedIteration.get(worker));
  }

  /** Whether the worker has left the body of that iteration. */
  boolean hasFinished(int worker, int iteration) {
    return endedIteration.get(worker) >= iteration;
  }

  /**
   * The workers found looping, by index; empty if none. Call it at every poll: a worker is judged
   * on what the watch saw of it over several of them.
   */
  List<Runaway> find(Thread[] workers) {
    long now = clock.getAsLong();
    Map<Integer, IterationSoFar> iterations = iterationsSoFar();
    List<Runaway> found = new ArrayList<>();
    for (int worker = 0; worker < workers.length; worker++) {
      int iteration = startedIteration.get(worker);
      // null when the worker started an iteration after the snapshot above: nothing to judge yet
      IterationSoFar soFar = iterations.get(iteration);
      if (soFar == null || hasFinished(worker, iteration) || soFar.finished == 0) {
        observedIteration[worker] = NONE;
      } else {
        Runaway runaway = judge(worker, workers[worker], iteration, soFar, now, workers.length);
        if (runaway != null) {
          found.add(runaway);
        }
      }
    }
    return found;
  }

  /** When each iteration that a worker is in started, and when the workers done with it ended. */
  private Map<Integer, IterationSoFar> iterationsSoFar() {
    Map<Integer, IterationSoFar> iterations = new HashMap<>();
    for (int worker = 0; worker < startedIteration.length(); worker++) {
      int iteration = startedIteration.get(worker);
      if (iteration != NONE) {
        IterationSoFar soFar = iterations.computeIfAbsent(iteration, key -> new IterationSoFar());
        soFar.release = Math.min(soFar.release, startedAt.get(worker));
        if (hasFinished(worker, iteration)) {
          soFar.finished++;
          soFar.lastEnd = Math.max(soFar.lastEnd, endedAt.get(worker));
        }
      }
    }
    return iterations;
  }

  private Runaway judge(
      int worker, Thread thread, int iteration, IterationSoFar soFar, long now, int threadCount) {
    long othersTook = soFar.lastEnd - soFar.release;
    long running = now - soFar.release;
    if (running < Math.max(SLOWER_THAN_OTHERS * othersTook, MIN_RUNNING.toNanos())) {
      observedIteration[worker] = NONE;
      return null;
    }
    long cpu = cpuNanos.applyAsLong(thread);
    if (cpu < 0) {
      observedIteration[worker] = NONE; // not measured: the timeout's to end
      return null;
    }
    if (thread.getState() != Thread.State.RUNNABLE) {
      observedIteration[worker] = NONE;
      spared(thread);
      return null;
    }
    if (observedIteration[worker] != iteration) {
      observedIteration[worker] = iteration;
      observedSince[worker] = now;
      cpuAtObservationStart[worker] = cpu;
      return null;
    }
    long observed = now - observedSince[worker];
    long used = cpu - cpuAtObservationStart[worker];
    if (observed < OBSERVED_FOR.toNanos()) {
      return null;
    }
    if (used * 100 < observed * MIN_CPU_SHARE_PERCENT) {
      spared(thread);
      return null;
    }
    return new Runaway(
        worker,
        iteration,
        now - soFar.lastEnd,
        othersTook,
        soFar.finished,
        threadCount - 1,
        observed,
        used);
  }

  private static void spared(Thread thread) {
    Consumer<Thread> listener = sparedListener;
    if (listener != null) {
      listener.accept(thread);
    }
  }

  /** Where the workers are in one iteration; {@code finished} counts those done with it. */
  private static final class IterationSoFar {
    long release = Long.MAX_VALUE;
    long lastEnd = Long.MIN_VALUE;
    int finished;
  }
}
