package io.github.parallelthreads.benchmarks.race.runners;

import io.github.parallelthreads.benchmarks.race.Trial;
import org.testng.annotations.Test;

/** TestNG: 10,000 invocations on a pool of 4 threads, run by the TestNG engine. */
public class TestNgRace {

  @Test(threadPoolSize = 4, invocationCount = 10000)
  public void body() {
    Trial.current().execute();
  }
}
