package io.github.parallelthreads.benchmarks.race.runners;

import io.github.parallelthreads.ParallelThreads;
import io.github.parallelthreads.benchmarks.race.Trial;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The extension as a user switches it on: 4 threads, default iterations (1). Each repetition starts
 * 4 fresh workers behind the barrier; 2,500 repetitions make the budget of 10,000 executions.
 */
@ParallelThreads(4)
public class ExtensionDefaultRace {

  @RepeatedTest(value = 2500, failureThreshold = 1)
  void body() {
    Trial.current().execute();
  }
}
