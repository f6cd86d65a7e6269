package io.github.parallelthreads.benchmarks.barrier;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** Runs a fixed number of fresh threads that share one start gate, and waits for all of them. */
final class GatedThreads {

  /** What one thread does; {@code index} is 0..count-1. */
  @FunctionalInterface
  interface Body {
    void run(int index, StartGate gate) throws Exception;
  }

  /** A harness bug must fail the run, never hang it. */
  private static final long JOIN_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(60);

  private GatedThreads() {}

  static void run(GateKind kind, int count, int rounds, Body body) throws InterruptedException {
    Thread[] threads = new Thread[count];
    AtomicReference<StartGate> gate = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    for (int i = 0; i < count; i++) {
      int index = i;
      Runnable party =
          () -> {
            try {
              body.run(index, gate.get());
            } catch (Throwable thrown) {
              failure.compareAndSet(null, thrown);
            }
          };
      threads[i] = new Thread(party, "party-" + i);
      threads[i].setDaemon(true);
    }
    // the threads must exist before the gate: StartBarrier.bind needs them
    gate.set(kind.create(threads, rounds));
    for (Thread thread : threads) {
      thread.start();
    }
    long deadline = System.nanoTime() + JOIN_LIMIT_NANOS;
    for (Thread thread : threads) {
      TimeUnit.NANOSECONDS.timedJoin(thread, Math.max(1, deadline - System.nanoTime()));
      if (thread.isAlive()) {
        throw new IllegalStateException(thread.getName() + " is stuck at " + kind.label());
      }
    }
    if (failure.get() != null) {
      throw new IllegalStateException("a party failed at " + kind.label(), failure.get());
    }
  }
}
