package io.github.parallelthreads.benchmarks.race.runners;

import io.github.parallelthreads.Iterations;
import io.github.parallelthreads.ParallelThreads;
import io.github.parallelthreads.benchmarks.race.Trial;
import org.junit.jupiter.api.Test;

/** The extension with the whole budget as iterations: 4 threads x 2,500, one run. */
public class ExtensionIterationsRace {

  @Test
  @ParallelThreads(4)
  @Iterations(2500)
  void body() {
    Trial.current().execute();
  }
}
