package io.github.parallelthreads.examples.counter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parallelthreads.ParallelContext;
import io.github.parallelthreads.ParallelThreads;
import io.github.parallelthreads.ThreadComparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class HitCounterTest {

  private static final int HITS_PER_THREAD = 10_000;

  // JUnit creates one test instance per test, and every thread runs the body on that instance:
  // all threads of a test share these fields, which is what puts the counter under contention.
  private final HitCounter counter = new HitCounter();
  private final Set<Long> returnedValues = ConcurrentHashMap.newKeySet();

  @ParallelThreads(8)
  @Test
  void countsEveryHit(ParallelContext context, ThreadComparator comparator) {
    for (int i = 0; i < HITS_PER_THREAD; i++) {
      counter.increment();
    }
    // check() returns only when every thread has checked the same label in this iteration,
    // so past this line no thread is still incrementing.
    comparator.check("done incrementing", true);
    long count = comparator.check("count", counter.count());

    // the counter lives as long as the test instance, so it also holds earlier iterations' hits
    long iterationsSoFar = context.iterationIndex() + 1;
    assertThat(count).isEqualTo(HITS_PER_THREAD * context.threadCount() * iterationsSoFar);
  }

  @ParallelThreads(8)
  @Test
  void neverReturnsTheSameValueTwice() {
    for (int i = 0; i < HITS_PER_THREAD; i++) {
      long value = counter.increment();
      assertThat(returnedValues.add(value)).as("value already returned to another call").isTrue();
    }
  }
}
