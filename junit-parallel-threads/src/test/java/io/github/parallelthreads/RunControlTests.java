package io.github.parallelthreads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs end, even when workers hang, and sit well beside JUnit's own timeouts and parallelism. */
class RunControlTests {

  @Test
  void aRunThatExceedsTheTimeoutFailsWithEveryUnfinishedWorkersStackAndTheNextTestRuns() {
    HangingTestCase.never = new CountDownLatch(1);

    JupiterRun run =
        JupiterRun.of(
                HangingTestCase.class,
                "junit.parallel.threads",
                "3",
                "junit.parallel.timeout",
                "300ms")
            .assertCounts(1, 1);

    Throwable failure = run.failureOf("hangs(");
    assertThat(failure)
        .hasMessageStartingWith("3 of 3 threads failed (3 distinct failures)")
        .hasMessageContaining(
            "WorkerStillRunningException: worker thread 'parallel-threads HangingTestCase hangs()"
                + " [thread 0 of 3]' was still running when the parallel run exceeded"
                + " junit.parallel.timeout (300ms)")
        .hasMessageContaining(
            "at io.github.parallelthreads.RunControlTests$HangingTestCase.hangs(");
    assertThat(failure.getSuppressed())
        .hasSize(3)
        .allSatisfy(
            stack ->
                assertThat(stack.getStackTrace())
                    .anyMatch(frame -> frame.getMethodName().equals("hangs")));
    // the interrupted workers end: none is left running beside the next tests
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> liveThreadsNamed("parallel-threads HangingTestCase hangs()").isEmpty());
  }

  static List<Thread> liveThreadsNamed(String prefix) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith(prefix) && thread.isAlive())
        .collect(Collectors.toList());
  }

  @Test
  void junitsTimeoutWrapsTheWholeParallelRunAndInterruptsIt() {
    HangingTestCase.never = new CountDownLatch(1);

    JupiterRun run =
        JupiterRun.of(TimeoutAnnotatedTestCase.class, "junit.parallel.threads", "2")
            .assertCounts(1, 1);

    Throwable failure = run.failureOf("hangs(");
    assertThat(failure)
        .isInstanceOf(TimeoutException.class)
        .hasMessage("hangs() timed out after 200 milliseconds");
    assertThat(failure.getSuppressed())
        .singleElement()
        .satisfies(
            parallel ->
                assertThat(parallel)
                    .hasMessageStartingWith("2 of 2 threads failed")
                    .hasMessageContaining(
                        "worker thread 'parallel-threads TimeoutAnnotatedTestCase hangs() [thread 1"
                            + " of 2]' was still running when the test's own thread was"
                            + " interrupted"));
  }

  @Test
  void runsBesideJunitsOwnParallelExecution() {
    ConcurrentClassATestCase.both = new CountDownLatch(2);

    EngineTestKit.engine("junit-jupiter")
        .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
        .configurationParameter("junit.jupiter.execution.parallel.mode.default", "same_thread")
        .configurationParameter(
            "junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
        .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
        .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
        .configurationParameter("junit.parallel.threads", "4")
        .selectors(
            selectClass(ConcurrentClassATestCase.class),
            selectClass(ConcurrentClassBTestCase.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(4).failed(0));
  }

  @ExtendWith(ParallelThreadsExtension.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class HangingTestCase {
    static CountDownLatch never;

    @Test
    @Order(1)
    void hangs() throws InterruptedException {
      never.await(); // never counted down: only the timeout ends this run
    }

    @Test
    @Order(2)
    void nextTestRunsNormally(ParallelContext context) {
      assertThat(context.threadCount()).isEqualTo(3);
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class TimeoutAnnotatedTestCase {
    @Test
    @Order(1)
    @Timeout(value = 200, unit = java.util.concurrent.TimeUnit.MILLISECONDS)
    void hangs() throws InterruptedException {
      HangingTestCase.never.await();
    }

    @Test
    @Order(2)
    @Timeout(10)
    void finishesInTime(ParallelContext context) {
      assertThat(context.threadCount()).isEqualTo(2);
    }
  }

  /** Two classes whose tests must overlap: JUnit runs the classes concurrently. */
  @ExtendWith(ParallelThreadsExtension.class)
  static class ConcurrentClassATestCase {
    static CountDownLatch both;

    @Test
    void rendezvous(ParallelContext context) throws InterruptedException {
      if (context.threadIndex() == 0) {
        ExecutionModelTests.awaitAll(both);
      }
    }

    @Test
    void plain(ParallelContext context) {
      assertThat(context.threadCount()).isEqualTo(4);
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class ConcurrentClassBTestCase {
    @Test
    void rendezvous(ParallelContext context) throws InterruptedException {
      if (context.threadIndex() == 0) {
        ExecutionModelTests.awaitAll(ConcurrentClassATestCase.both);
      }
    }

    @Test
    void plain(ParallelContext context) {
      assertThat(context.threadCount()).isEqualTo(4);
    }
  }
}
