package io.github.parallelthreads.benchmarks.barrier;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Measures the CPU time that threads burn while they wait long at a start gate: all parties but one
 * arrive at once, the last one only after a fixed delay (a slow test set-up, say).
 */
final class WaitCpuMeasurement {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private WaitCpuMeasurement() {}

  /** The CPU time, in nanoseconds, that all the early parties together used while waiting. */
  static long waitersCpuNanos(GateKind kind, int threads, long delayMillis)
      throws InterruptedException {
    requireThreadCpuTime();
    int waiters = threads - 1;
    AtomicLongArray cpuUsed = new AtomicLongArray(waiters);
    GatedThreads.run(
        kind,
        threads,
        1,
        (index, gate) -> {
          if (index == waiters) {
            // the late party: the delay is the workload here, not a timing device
            TimeUnit.MILLISECONDS.sleep(delayMillis);
            gate.pass(0);
            return;
          }
          long before = THREADS.getCurrentThreadCpuTime();
          gate.pass(0);
          cpuUsed.set(index, THREADS.getCurrentThreadCpuTime() - before);
        });
    long total = 0;
    for (int i = 0; i < waiters; i++) {
      total += cpuUsed.get(i);
    }
    return total;
  }

  private static void requireThreadCpuTime() {
    if (!THREADS.isCurrentThreadCpuTimeSupported() || !THREADS.isThreadCpuTimeEnabled()) {
      throw new IllegalStateException("this JVM does not measure per-thread CPU time");
    }
  }
}
