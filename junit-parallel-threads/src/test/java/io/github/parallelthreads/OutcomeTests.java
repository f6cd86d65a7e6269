package io.github.parallelthreads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.MultipleFailuresError;
import org.opentest4j.TestAbortedException;

/** Every thread's failure reaches the result, grouped; aborts count only when nothing failed. */
class OutcomeTests {

  @Test
  void identicalFailuresOnSomeThreadsAreGroupedWithTheirThreads() {
    Throwable failure =
        JupiterRun.of(SomeThreadsFailTestCase.class, "junit.parallel.threads", "8")
            .assertCounts(0, 1)
            .failureOf("body(");

    assertThat(failure)
        .isInstanceOf(MultipleFailuresError.class)
        .hasMessageStartingWith(
            "3 of 8 threads failed (1 distinct failure)\n"
                + "  [1] org.opentest4j.AssertionFailedError: thread 0, 3 or 5 failed ==> expected:"
                + " <true> but was: <false>\n"
                + "      at io.github.parallelthreads.OutcomeTests$SomeThreadsFailTestCase.body(")
        .hasMessageContaining("      3 times: threads 0, 3, 5\n")
        .hasMessageContaining("Failing on some threads but not others points to a race");
    assertThat(((MultipleFailuresError) failure).getFailures())
        .singleElement()
        .isInstanceOf(AssertionFailedError.class);
    assertThat(failure.getSuppressed()).hasSize(1);
  }

  @Test
  void everyDistinctFailureIsKeptWithItsStackTrace() {
    MultipleFailuresError failure =
        (MultipleFailuresError)
            JupiterRun.of(DistinctFailuresTestCase.class, "junit.parallel.threads", "4")
                .assertCounts(0, 1)
                .failureOf("body(");

    assertThat(failure)
        .hasMessageStartingWith("3 of 4 threads failed (2 distinct failures)\n")
        .hasMessageContaining(
            "  [1] java.lang.IllegalArgumentException: broken on an even thread\n"
                + "      at io.github.parallelthreads.OutcomeTests$DistinctFailuresTestCase.body(")
        .hasMessageContaining("  [2] java.lang.IllegalStateException: broken on thread 1")
        .hasMessageContaining("      once: thread 1\n")
        .hasMessageContaining("      2 times: threads 0, 2\n");
    assertThat(failure.getFailures())
        .hasSize(2)
        .allSatisfy(
            distinct ->
                assertThat(distinct.getStackTrace())
                    .anyMatch(frame -> frame.getClassName().endsWith("DistinctFailuresTestCase")));
    assertThat(failure.getSuppressed()).containsExactlyElementsOf(failure.getFailures());
  }

  @Test
  void failuresNameTheirIterationsAndTheOtherIterationsStillRun() {
    IterationFailuresTestCase.bodies.set(0);

    Throwable failure =
        JupiterRun.of(IterationFailuresTestCase.class).assertCounts(0, 1).failureOf("body(");

    assertThat(failure)
        .hasMessageStartingWith(
            "1 of 4 threads failed in iterations 1, 3 of 5 (1 distinct failure)")
        .hasMessageContaining("2 times: thread 2 (iterations 1, 3)");
    assertThat(IterationFailuresTestCase.bodies).hasValue(20);
  }

  @Test
  void aGroupOfSixtyFourThreadsListsThemAllAndSaysNothingIsLeftOut() {
    Throwable failure =
        JupiterRun.of(SixtyFourThreadsFailTestCase.class).assertCounts(0, 1).failureOf("body(");

    assertThat(failure)
        .hasMessageStartingWith("64 of 64 threads failed (1 distinct failure)\n")
        .hasMessageContaining(
            "      64 times: threads 0-63\nShared through the test: nothing\nEvery thread failed.")
        .hasMessageNotContaining("not listed");
  }

  @Test
  void aGroupOfSixtyFiveThreadsListsSixtyFourAndCountsTheOneLeftOut() {
    Throwable failure =
        JupiterRun.of(SixtyFiveThreadsFailTestCase.class).assertCounts(0, 1).failureOf("body(");

    // threads 0-63 fail in iteration 0; thread 64 only in iteration 1, once they all have
    assertThat(failure)
        .hasMessageStartingWith(
            "65 of 65 threads failed in iterations 0, 1 of 2 (1 distinct failure)")
        .hasMessageContaining(
            "      65 times: thread 0 (iteration 0); thread 1 (iteration 0); thread 2 (iteration 0);")
        .hasMessageContaining(
            "; thread 63 (iteration 0); 1 further thread not listed\nShared through the test: nothing\nEvery thread failed.")
        .hasMessageNotContaining("thread 64 (");
  }

  @Test
  void aTestWhoseThreadsAllAbortIsAborted() {
    JupiterRun run = JupiterRun.of(AbortingTestCase.class, "junit.parallel.threads", "4");

    run.results().testEvents().assertStatistics(stats -> stats.aborted(1).failed(0));
    assertThat(run.failureOf("body("))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageStartingWith(
            "4 of 4 threads aborted (1 distinct failure)\n"
                + "  [1] org.opentest4j.TestAbortedException: Assumption failed: needs a database");
  }

  @Test
  void anAbortNeverHidesAFailure() {
    Throwable failure =
        JupiterRun.of(AbortAndFailTestCase.class, "junit.parallel.threads", "4")
            .assertCounts(0, 1)
            .failureOf("body(");

    assertThat(failure)
        .isInstanceOf(MultipleFailuresError.class)
        .hasMessageStartingWith("1 of 4 threads failed (1 distinct failure)")
        .hasMessageContaining("AssertionFailedError: thread 0 fails");
  }

  @Test
  void errorsSuchAsStackOverflowAreReportedAsFailures() {
    Throwable failure =
        JupiterRun.of(StackOverflowTestCase.class, "junit.parallel.threads", "2")
            .assertCounts(0, 1)
            .failureOf("body(");

    assertThat(failure)
        .hasMessageStartingWith("2 of 2 threads failed (1 distinct failure)")
        .hasMessageContaining("[1] java.lang.StackOverflowError")
        .hasMessageContaining("\nEvery thread failed. If the test passes on one thread");
  }

  @Test
  void anOutOfMemoryErrorOfABodyIsItsThreadsFailureAndStopsTheRunWhenTheHeapHasRoomAgain() {
    assumeTrue(
        Runtime.getRuntime().maxMemory() / Long.BYTES < OutOfMemoryTestCase.TOO_LONG,
        "a heap of 16 GiB or more can hold the array the body asks for");
    OutOfMemoryTestCase.executions.set(0);
    OutOfMemoryTestCase.tearDowns.set(0);

    JupiterRun run =
        JupiterRun.of(
                OutOfMemoryTestCase.class,
                "junit.parallel.threads",
                "3",
                "junit.parallel.iterations",
                "3")
            .assertCounts(1, 1);

    assertThat(run.failureOf("body("))
        .isInstanceOf(MultipleFailuresError.class)
        .hasMessageStartingWith(
            "1 of 3 threads failed in iteration 0 of 3 (1 distinct failure)\n"
                + "  [1] java.lang.OutOfMemoryError: Java heap space\n"
                + "      at io.github.parallelthreads.OutcomeTests$OutOfMemoryTestCase.body(")
        .hasMessageContaining(
            "\nThe run was stopped when a worker ran out of memory. Once the workers had ended the"
                + " heap had room again, so the memory went to what the body built, not to the JVM:"
                + " a structure corrupted by concurrent writes can make iterating it, or building"
                + " its toString() for an assertion's message, go on without end.");
    // the other threads ran iteration 0 and none started iteration 1; every thread tore down
    assertThat(OutOfMemoryTestCase.executions).hasValue(3);
    assertThat(OutOfMemoryTestCase.tearDowns).hasValue(3);
  }

  @Test
  void aPassingTestPublishesItsThreadsAndIterations() {
    assertThat(
            JupiterRun.of(
                    PassingTestCase.class,
                    "junit.parallel.threads",
                    "3",
                    "junit.parallel.iterations",
                    "2")
                .assertCounts(1, 0)
                .reportEntriesOf("body("))
        .containsEntry("parallel.threads", "3")
        .containsEntry("parallel.iterations", "2");
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class SomeThreadsFailTestCase {
    @Test
    void body(ParallelContext context) {
      org.junit.jupiter.api.Assertions.assertTrue(
          !Set.of(0, 3, 5).contains(context.threadIndex()), "thread 0, 3 or 5 failed");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class DistinctFailuresTestCase {
    @Test
    void body(ParallelContext context) {
      if (context.threadIndex() == 1) {
        throw new IllegalStateException("broken on thread 1");
      }
      if (context.threadIndex() % 2 == 0) {
        throw new IllegalArgumentException("broken on an even thread");
      }
    }
  }

  static class IterationFailuresTestCase {
    static final AtomicInteger bodies = new AtomicInteger();

    @ParallelThreads(4)
    @Iterations(5)
    @Test
    void body(ParallelContext context) {
      bodies.incrementAndGet();
      if (context.threadIndex() == 2 && context.iterationIndex() % 2 == 1) {
        throw new AssertionFailedError("odd iteration on thread 2");
      }
    }
  }

  static class SixtyFourThreadsFailTestCase {
    @ParallelThreads(64)
    @Test
    void body() {
      throw new AssertionFailedError("fails on every thread");
    }
  }

  static class SixtyFiveThreadsFailTestCase {
    @ParallelThreads(65)
    @Iterations(2)
    @Test
    void body(ParallelContext context) {
      if ((context.threadIndex() == 64) == (context.iterationIndex() == 1)) {
        throw new AssertionFailedError("fails once on every thread");
      }
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class AbortingTestCase {
    @Test
    void body() {
      assumeTrue(false, "needs a database");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class AbortAndFailTestCase {
    @Test
    void body(ParallelContext context) {
      if (context.threadIndex() == 0) {
        throw new AssertionFailedError("thread 0 fails");
      }
      assumeTrue(false, "the other threads abort");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class StackOverflowTestCase {
    @Test
    void body() {
      recurse(0);
    }

    private static int recurse(int depth) {
      return recurse(depth + 1) + 1;
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class OutOfMemoryTestCase {
    /** More longs than a heap below 16 GiB holds. */
    static final int TOO_LONG = Integer.MAX_VALUE - 16;

    static final AtomicInteger executions = new AtomicInteger();
    static final AtomicInteger tearDowns = new AtomicInteger();

    @Test
    void body(ParallelContext context) {
      executions.incrementAndGet();
      if (context.threadIndex() == 0) {
        assertThat(new long[TOO_LONG]).isNotEmpty();
      }
    }

    @AfterEachThread
    void tearDown(TestInfo test) {
      if (test.getDisplayName().startsWith("body(")) {
        tearDowns.incrementAndGet();
      }
    }

    /** Runs after the failed test: the JVM goes on. */
    @Test
    void follower() {}
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class PassingTestCase {
    @Test
    void body() {}
  }
}
