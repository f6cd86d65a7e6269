package io.github.parallelthreads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A parallel run that changes JVM-global state in a way no rule foresaw is reported on the test,
 * and mentioned in its failure.
 */
class ObservedGlobalStateTests {

  static final String PROPERTY = "parallel.observed.by.test";
  static final String OBSERVED =
      "changed system property "
          + PROPERTY
          + " while running on 4 threads: probably thread-unsafe; mark it @ThreadUnsafe or list"
          + " the method that makes the change in junit.parallel.thread-unsafe-methods";

  @Test
  void aChangedSystemPropertyIsReportedOnTheTestAndNotOnItsNeighbour() {
    JupiterRun run =
        JupiterRun.of(ChangesPropertyTestCase.class, "junit.parallel.threads", "4")
            .assertCounts(2, 0);

    assertThat(run.reportEntriesOf("changesProperty("))
        .containsEntry("parallel.threads", "4")
        .containsEntry("parallel.global-state-changed", OBSERVED);
    assertThat(run.reportEntriesOf("neighbour("))
        .doesNotContainKey("parallel.global-state-changed");
    assertThat(System.getProperty(PROPERTY)).as("restored by the fixture").isNull();
  }

  @Test
  void aFailureSaysWhatGlobalStateTheRunChanged() {
    Throwable failure =
        JupiterRun.of(ChangesPropertyAndFailsTestCase.class, "junit.parallel.threads", "4")
            .assertCounts(0, 1)
            .failureOf("body(");

    assertThat(failure)
        .hasMessageStartingWith("1 of 4 threads failed (1 distinct failure)")
        .hasMessageContaining("\nThe test " + OBSERVED + ".\n")
        .hasMessageContaining("mark it @ThreadUnsafe or list the method that does so");
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class ChangesPropertyTestCase {
    @Test
    void changesProperty(ParallelContext context) {
      // through the live Properties object: no listed mutator, so only observation sees it
      System.getProperties().setProperty(PROPERTY, String.valueOf(context.threadIndex()));
    }

    @Test
    void neighbour() {}

    @AfterEach
    void restore() {
      // not System.clearProperty: calling a known mutator would make the test thread-unsafe
      System.getProperties().remove(PROPERTY);
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class ChangesPropertyAndFailsTestCase {
    @Test
    void body(ParallelContext context) {
      System.getProperties().setProperty(PROPERTY, "changed");
      assertThat(context.threadIndex()).isNotEqualTo(2);
    }

    @AfterEach
    void restore() {
      // not System.clearProperty: calling a known mutator would make the test thread-unsafe
      System.getProperties().remove(PROPERTY);
    }
  }
}
