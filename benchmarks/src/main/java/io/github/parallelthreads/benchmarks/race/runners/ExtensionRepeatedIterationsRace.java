package io.github.parallelthreads.benchmarks.race.runners;

import io.github.parallelthreads.Iterations;
import io.github.parallelthreads.ParallelThreads;
import io.github.parallelthreads.benchmarks.race.Trial;
import org.junit.jupiter.api.RepeatedTest;

/** The extension between the two: 4 threads x 100 iterations, 25 repetitions. */
public class ExtensionRepeatedIterationsRace {

  @RepeatedTest(value = 25, failureThreshold = 1)
  @ParallelThreads(4)
  @Iterations(100)
  void body() {
    Trial.current().execute();
  }
}
