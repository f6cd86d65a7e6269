package io.github.parallelthreads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.parallelthreads.internal.execution.RunawayWatch;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.opentest4j.MultipleFailuresError;

/**
 * A worker that loops on the CPU long after the others finished, as one caught in a corrupted
 * {@code TreeMap} does, fails its test within seconds, long before {@code junit.parallel.timeout},
 * and the next test runs (issue 12, item 8). A worker that is slow because it waits is left alone.
 *
 * <p>The fixtures' loops ignore interrupts, as such a loop does, until the test releases them, so
 * no thread outlives its test. Every run is bounded by a generous wait, and the timeout is set to
 * ten minutes, so only the watch can end a run in time.
 */
class RunawayWorkerTests {

  private static final Duration BOUNDED = Duration.ofSeconds(60);
  private static final String TIMEOUT = "10m";

  /** Set while a fixture's loops must go on; only the test ends them. */
  static volatile boolean looping;

  static final List<String> followers = new CopyOnWriteArrayList<>();

  @BeforeEach
  void loop() {
    looping = true;
    followers.clear();
  }

  @AfterEach
  void releaseEveryLoopAndWaitForItsEnd() {
    looping = false;
    RunawayWatch.whenSpared(null);
    await()
        .atMost(BOUNDED)
        .until(
            () ->
                RunControlTests.liveThreadsNamed("parallel-threads Looping").isEmpty()
                    && RunControlTests.liveThreadsNamed("parallel-threads SlowWaiting").isEmpty());
  }

  /** Loops on the CPU, never looking at its interrupt, until the test ends the loop. */
  static void loopUntilReleased() {
    while (looping) {
      // as a thread caught in a cycle of a corrupted map: no wait, no interrupt check
    }
  }

  @Test
  void aWorkerLoopingOnTheCpuFailsTheTestWithItsStackLongBeforeTheTimeoutAndTheNextTestRuns() {
    JupiterRun run =
        assertTimeoutPreemptively(
            BOUNDED, () -> JupiterRun.of(LoopingTestCase.class, "junit.parallel.timeout", TIMEOUT));

    run.assertCounts(1, 1);
    Throwable failure = run.failureOf("loops(");
    assertThat(failure)
        .isInstanceOf(MultipleFailuresError.class)
        .hasMessageMatching(
            "1 of 3 threads failed \\(1 distinct failure\\)\n"
                + "  \\[1\\] io\\.github\\.parallelthreads\\.WorkerStillRunningException: worker"
                + " thread 'parallel-threads LoopingTestCase loops\\(ParallelContext\\)"
                + " \\[thread 0 of 3\\]' was still running "
                + DURATION
                + " after the other 2 threads had finished within "
                + DURATION
                + ", and busy on the CPU: it never waited, and used "
                + DURATION
                + " of CPU in the last "
                + DURATION
                + ", in "
                + LOOP_FRAME
                + "\\. A worker that loops on the CPU long after the others is typical of a"
                + " structure corrupted by concurrent writes \\(a HashMap or TreeMap whose links"
                + " now form a cycle\\), or of a busy wait on a field that no other thread will"
                + " change; it did not stop within 500ms of being interrupted and was abandoned\n"
                + "      at "
                + LOOP_FRAME
                + "\n"
                + "      once: thread 0\n"
                + "Shared through the test: static field RunawayWorkerTests.looping \\(boolean\\)\n"
                + "The run was cut short: (?s).*");
    WorkerStillRunningException worker =
        (WorkerStillRunningException) ((MultipleFailuresError) failure).getFailures().get(0);
    assertThat(worker.getStackTrace()[0].getMethodName()).isEqualTo("loopUntilReleased");
    assertThat(followers).as("the next test ran as usual").containsExactly("2x1", "2x1");
  }

  @Test
  void aWorkerThatWaitsIsNotTakenForALoopEvenBesideOne() {
    LoopingBesideAWaitTestCase.never = new CountDownLatch(1);
    try {
      JupiterRun run =
          assertTimeoutPreemptively(
              BOUNDED,
              () ->
                  JupiterRun.of(
                      LoopingBesideAWaitTestCase.class, "junit.parallel.timeout", TIMEOUT));

      run.assertCounts(0, 1);
      assertThat(run.failureOf("loopsAndWaits("))
          .hasMessageStartingWith("2 of 4 threads failed (2 distinct failures)\n")
          .hasMessageContaining("[thread 0 of 4]' was still running ")
          .hasMessageContaining(" after 2 of the other 3 threads had finished within ")
          .hasMessageContaining(
              "  [2] io.github.parallelthreads.WorkerStillRunningException: worker thread"
                  + " 'parallel-threads LoopingBesideAWaitTestCase"
                  + " loopsAndWaits(ParallelContext) [thread 1 of 4]' was still running when"
                  + " worker thread 'parallel-threads LoopingBesideAWaitTestCase"
                  + " loopsAndWaits(ParallelContext) [thread 0 of 4]' was found looping on the"
                  + " CPU\n"
                  + "      at io.github.parallelthreads.RunawayWorkerTests$"
                  + "LoopingBesideAWaitTestCase.loopsAndWaits(RunawayWorkerTests.java:");
    } finally {
      LoopingBesideAWaitTestCase.never.countDown();
    }
  }

  @Test
  void aSlowWorkerThatWaitsPassesOnceReleasedAfterTheWatchHasLookedAtIt() {
    SlowWaitingTestCase.release = new CountDownLatch(1);
    AtomicInteger looks = new AtomicInteger();
    RunawayWatch.whenSpared(
        thread -> {
          // five looks past the time rule cover the second a loop needs to be found in
          if (thread.getName().contains("SlowWaitingTestCase") && looks.incrementAndGet() == 5) {
            SlowWaitingTestCase.release.countDown();
          }
        });
    try {
      JupiterRun run =
          assertTimeoutPreemptively(
              BOUNDED,
              () -> JupiterRun.of(SlowWaitingTestCase.class, "junit.parallel.timeout", TIMEOUT));

      run.assertCounts(1, 0);
      assertThat(looks).hasValueGreaterThanOrEqualTo(5);
    } finally {
      SlowWaitingTestCase.release.countDown();
    }
  }

  @Test
  void inALaterIterationOnlyTheLoopingWorkerIsReportedNotThoseWaitingForItAtTheBarrier() {
    JupiterRun run =
        assertTimeoutPreemptively(
            BOUNDED,
            () ->
                JupiterRun.of(
                    LoopingInALaterIterationTestCase.class, "junit.parallel.timeout", TIMEOUT));

    run.assertCounts(0, 1);
    assertThat(run.failureOf("loopsInIterationOne("))
        .hasMessageStartingWith("1 of 3 threads failed in iteration 1 of 3 (1 distinct failure)\n")
        .hasMessageContaining(" after the other 2 threads had finished iteration 1 within ")
        .hasMessageContaining("      once: thread 2 (iteration 1)\n");
  }

  private static final String DURATION = "\\d+(ms|\\.\\ds)";

  private static final String LOOP_FRAME =
      "io\\.github\\.parallelthreads\\.RunawayWorkerTests\\.loopUntilReleased"
          + "\\(RunawayWorkerTests\\.java:\\d+\\)";

  static void follow(ParallelContext context) {
    followers.add(context.threadCount() + "x" + context.iterationCount());
  }

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class LoopingTestCase {
    @ParallelThreads(3)
    @Test
    @Order(1)
    void loops(ParallelContext context) {
      if (context.threadIndex() == 0) {
        loopUntilReleased();
      }
    }

    @ParallelThreads(2)
    @Test
    @Order(2)
    void follows(ParallelContext context) {
      follow(context);
    }
  }

  static class LoopingBesideAWaitTestCase {
    static CountDownLatch never;

    @ParallelThreads(4)
    @Test
    void loopsAndWaits(ParallelContext context) throws InterruptedException {
      if (context.threadIndex() == 0) {
        loopUntilReleased();
      } else if (context.threadIndex() == 1) {
        never.await();
      }
    }
  }

  static class SlowWaitingTestCase {
    static CountDownLatch release;

    @ParallelThreads(3)
    @Test
    void waitsLong(ParallelContext context) throws InterruptedException {
      if (context.threadIndex() == 0) {
        release.await();
      }
    }
  }

  static class LoopingInALaterIterationTestCase {
    @ParallelThreads(3)
    @Iterations(3)
    @Test
    void loopsInIterationOne(ParallelContext context) {
      if (context.threadIndex() == 2 && context.iterationIndex() == 1) {
        loopUntilReleased();
      }
    }
  }
}
