package io.github.parallelthreads.benchmarks.race.runners;

import com.google.code.tempusfugit.concurrency.ConcurrentRule;
import com.google.code.tempusfugit.concurrency.RepeatingRule;
import com.google.code.tempusfugit.concurrency.annotations.Concurrent;
import com.google.code.tempusfugit.concurrency.annotations.Repeating;
import io.github.parallelthreads.benchmarks.race.Trial;
import org.junit.Rule;
import org.junit.Test;

/**
 * tempus-fugit's JUnit 4 rules, run by the Vintage engine: 4 threads, each repeating the body 2,500
 * times (the concurrent rule outside the repeating one).
 */
public class TempusFugitRace {

  @Rule(order = 0)
  public ConcurrentRule concurrently = new ConcurrentRule();

  @Rule(order = 1)
  public RepeatingRule repeatedly = new RepeatingRule();

  @Test
  @Concurrent(count = 4)
  @Repeating(repetition = 2500)
  public void body() {
    Trial.current().execute();
  }
}
