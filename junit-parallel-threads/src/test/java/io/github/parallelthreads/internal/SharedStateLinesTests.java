package io.github.parallelthreads.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.parallelthreads.Iterations;
import io.github.parallelthreads.ParallelThreads;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/** What the threads shared is worked out for failed tests only: passing tests pay nothing. */
class SharedStateLinesTests {

  @Test
  void passingTestsNeverRunTheAnalysisAndEachFailedTestRunsItOnce() {
    long before = SharedStateLines.analysesSoFar();

    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(PassingTestCase.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(3).failed(0));
    assertThat(SharedStateLines.analysesSoFar()).as("after passing tests").isEqualTo(before);

    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(FailingTestCase.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(0).failed(2));
    assertThat(SharedStateLines.analysesSoFar()).as("after failed tests").isEqualTo(before + 2);
  }

  @ParallelThreads(4)
  static class PassingTestCase {
    private final StringBuilder shared = new StringBuilder();

    @Test
    void first() {
      shared.length();
    }

    @Iterations(3)
    @Test
    void second() {}

    @Test
    void third() {}
  }

  @ParallelThreads(4)
  static class FailingTestCase {
    @Test
    void first() {
      throw new IllegalStateException("fails on every thread");
    }

    @Iterations(3)
    @Test
    void second() {
      throw new IllegalStateException("fails on every thread, every iteration");
    }
  }
}
