package io.github.parallelthreads.benchmarks.race.runners;

import io.github.parallelthreads.benchmarks.race.Trial;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * JUnit's own parallel execution: 10,000 repetitions run concurrently by a fixed pool of 4 (the
 * runner sets junit.jupiter.execution.parallel.*).
 */
public class JupiterConcurrentRace {

  @RepeatedTest(value = 10000, failureThreshold = 1)
  @Execution(ExecutionMode.CONCURRENT)
  void body() {
    Trial.current().execute();
  }
}
