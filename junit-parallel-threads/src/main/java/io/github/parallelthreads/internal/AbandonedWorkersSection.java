package io.github.parallelthreads.internal;

import io.github.parallelthreads.internal.execution.AbandonedWorkers;
import io.github.parallelthreads.internal.execution.AbandonedWorkers.StillRunning;
import io.github.parallelthreads.internal.execution.Durations;
import java.util.List;

/**
 * The part of the run summary that names the workers abandoned during the run and still running at
 * its end, and the CPU they have taken from the rest of the run since: why a suite got slow after a
 * worker that ignored its interrupt.
 */
final class AbandonedWorkersSection {

  private final long mark = AbandonedWorkers.mark();
  private List<StillRunning> stillRunning = List.of();

  /** Looks, at the end of the run, at which of the run's abandoned workers are still running. */
  void takeStock() {
    stillRunning = AbandonedWorkers.stillRunningSince(mark);
  }

  boolean isEmpty() {
    return stillRunning.isEmpty();
  }

  void appendTo(StringBuilder text) {
    if (stillRunning.isEmpty()) {
      return;
    }
    int count = stillRunning.size();
    long cpu = 0;
    boolean measured = true;
    for (StillRunning worker : stillRunning) {
      measured &= worker.cpuNanosSince() >= 0;
      cpu += Math.max(0, worker.cpuNanosSince());
    }
    boolean one = count == 1;
    text.append("  ")
        .append(count)
        .append(one ? " abandoned worker thread is" : " abandoned worker threads are")
        .append(" still running (Java cannot stop a thread), ")
        .append(
            measured
                ? (one ? "and has taken " : "and have taken ")
                    + Durations.measured(cpu)
                    + " of CPU from the rest of the run"
                : "taking CPU from the rest of the run (this JVM does not measure how much)")
        .append('\n');
    for (StillRunning worker : stillRunning) {
      text.append("    '").append(worker.name()).append("': ");
      if (worker.cpuNanosSince() >= 0) {
        text.append(Durations.measured(worker.cpuNanosSince())).append(" of CPU in the ");
      }
      text.append(Durations.measured(worker.sinceNanos()))
          .append(" since it was abandoned ")
          .append(worker.when())
          .append('\n');
    }
  }
}
