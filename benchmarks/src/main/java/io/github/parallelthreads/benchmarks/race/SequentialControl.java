package io.github.parallelthreads.benchmarks.race;

import java.util.List;
import java.util.Locale;

/** Without concurrency no kernel may report its race: the checks have no false alarms. */
final class SequentialControl {

  /** Runs every kernel {@code executions} times on this thread; fails if any reports its race. */
  static void run(List<Kernel<?>> kernels, int executions) {
    for (Kernel<?> kernel : kernels) {
      Trial trial = new Trial(kernel, RaceExposure.THREADS);
      for (int i = 0; i < executions; i++) {
        try {
          trial.execute();
        } catch (Throwable falseAlarm) {
          throw new IllegalStateException(
              kernel.name() + " reported a race on a single thread: " + falseAlarm, falseAlarm);
        }
      }
      if (trial.executions() != executions) {
        throw new IllegalStateException(kernel.name() + " control ran " + trial.executions());
      }
    }
    System.out.printf(
        Locale.ROOT,
        "control: every kernel ran %,d times on one thread without reporting its race%n%n",
        executions);
  }

  private SequentialControl() {}
}
