package io.github.parallelthreads.benchmarks.barrier;

import io.github.parallelthreads.internal.execution.StartBarrier;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;

/**
 * The start gates compared: the library's barrier, two ways, the JDK's usual answers, and no gate
 * at all (each thread starts its body as soon as it runs), which is what the barrier is for.
 */
enum GateKind {
  START_BARRIER("StartBarrier (the library's default)", "StartBarrier") {
    @Override
    StartGate create(Thread[] parties, int rounds) {
      StartBarrier barrier = new StartBarrier(parties.length);
      barrier.bind(parties);
      return round -> barrier.await();
    }
  },
  START_BARRIER_NO_START_LINE(
      "StartBarrier (lineNanos=0, no start line: the default before 409ee32)",
      "StartBarrier no line") {
    @Override
    StartGate create(Thread[] parties, int rounds) {
      StartBarrier barrier =
          new StartBarrier(
              parties.length,
              StartBarrier.DEFAULT_SPIN_NANOS,
              StartBarrier.defaultLineSize(parties.length),
              0);
      barrier.bind(parties);
      return round -> barrier.await();
    }
  },
  START_BARRIER_PARK_ONLY("StartBarrier (spinNanos=0, park only)", "StartBarrier park-only") {
    @Override
    StartGate create(Thread[] parties, int rounds) {
      StartBarrier barrier =
          new StartBarrier(
              parties.length,
              0,
              StartBarrier.defaultLineSize(parties.length),
              StartBarrier.DEFAULT_LINE_NANOS);
      barrier.bind(parties);
      return round -> barrier.await();
    }
  },
  CYCLIC_BARRIER("java.util.concurrent.CyclicBarrier", "CyclicBarrier") {
    @Override
    StartGate create(Thread[] parties, int rounds) {
      CyclicBarrier barrier = new CyclicBarrier(parties.length);
      return round -> barrier.await();
    }
  },
  COUNT_DOWN_LATCH("CountDownLatch (countDown, then await)", "CountDownLatch") {
    @Override
    StartGate create(Thread[] parties, int rounds) {
      // a latch opens only once, so every round gets its own
      CountDownLatch[] latches = new CountDownLatch[rounds];
      for (int i = 0; i < rounds; i++) {
        latches[i] = new CountDownLatch(parties.length);
      }
      return round -> {
        latches[round].countDown();
        latches[round].await();
      };
    }
  },
  NONE("no barrier", "no barrier") {
    @Override
    StartGate create(Thread[] parties, int rounds) {
      return round -> {};
    }

    @Override
    boolean waits() {
      return false;
    }
  };

  private final String label;

  /** The label without its explanation or package name: chart legends are narrow. */
  private final String shortName;

  GateKind(String label, String shortName) {
    this.label = label;
    this.shortName = shortName;
  }

  String label() {
    return label;
  }

  String shortName() {
    return shortName;
  }

  /** Whether the gate holds threads at all; a gate that does not has no waiting cost to measure. */
  boolean waits() {
    return true;
  }

  /** A gate for exactly these threads (not yet started), good for {@code rounds} rounds. */
  abstract StartGate create(Thread[] parties, int rounds);
}
