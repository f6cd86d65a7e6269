package io.github.parallelthreads.benchmarks.race.runners;

import io.github.parallelthreads.ParallelThreads;
import io.github.parallelthreads.benchmarks.race.Trial;
import org.junit.jupiter.api.RepeatedTest;

/**
 * {@link ExtensionDefaultRace} with a budget of 400 executions (100 repetitions): the short trials
 * of PerturbExposure, which asks how soon perturbation exposes a race.
 */
@ParallelThreads(4)
public class ExtensionDefaultShortRace {

  @RepeatedTest(value = 100, failureThreshold = 1)
  void body() {
    Trial.current().execute();
  }
}
