package io.github.parallelthreads;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentest4j.MultipleFailuresError;

/**
 * Deadlocks among workers end the run within seconds, with the cycle; threads the body starts
 * report their uncaught exceptions in the test's result, and are named when left running.
 */
class BackgroundThreadsTests {

  static final List<Thread> started = new CopyOnWriteArrayList<>();
  static CountDownLatch release;

  @AfterEach
  void stopLeftoverThreads() throws InterruptedException {
    if (release != null) {
      release.countDown();
    }
    for (Thread thread : started) {
      thread.join(30_000);
    }
    started.clear();
  }

  @Test
  void aMonitorDeadlockFailsTheTestWithTheCycleAndTheNextTestRuns() {
    DeadlockTestCase.bothHoldTheirFirstLock = new CountDownLatch(2);

    JupiterRun run =
        JupiterRun.of(
                DeadlockTestCase.class,
                "junit.parallel.threads",
                "2",
                "junit.parallel.timeout",
                "120s") // far beyond the watchdog: only the watchdog can end this run in time
            .assertCounts(1, 1);

    Throwable failure = run.failureOf("monitors(");
    assertThat(failure)
        .isInstanceOf(MultipleFailuresError.class)
        .hasMessageStartingWith("2 of 2 threads failed")
        .hasMessageContaining(
            "DeadlockDetectedException: deadlock: 'parallel-threads DeadlockTestCase monitors(ParallelContext)"
                + " [thread ")
        .hasMessageContaining("' waits for java.lang.Object@")
        .hasMessageContaining(
            " held by 'parallel-threads DeadlockTestCase monitors(ParallelContext) [thread ")
        .hasMessageContaining("was still running when a deadlock was found")
        .hasMessageContaining("The run was cut short");
    assertThat(((MultipleFailuresError) failure).getFailures())
        .anySatisfy(
            deadlock ->
                assertThat(deadlock.getStackTrace())
                    .anyMatch(frame -> frame.getMethodName().equals("lockBothInOrder")));
  }

  @Test
  void aDeadlockOnJavaUtilConcurrentLocksIsFoundToo() {
    LockDeadlockTestCase.bothHoldTheirFirstLock = new CountDownLatch(2);

    JupiterRun run =
        JupiterRun.of(
                LockDeadlockTestCase.class,
                "junit.parallel.threads",
                "2",
                "junit.parallel.timeout",
                "120s")
            .assertCounts(1, 1);

    assertThat(run.failureOf("locks("))
        .hasMessageContaining(
            "deadlock: 'parallel-threads LockDeadlockTestCase locks(ParallelContext) [thread ")
        .hasMessageNotContaining("DeadlockTestCase monitors") // an earlier, abandoned deadlock
        .hasMessageContaining("' waits for java.util.concurrent.locks.ReentrantLock$NonfairSync@");
  }

  @Test
  void anUncaughtExceptionInAThreadTheBodyStartedFailsTheTest() {
    Throwable failure =
        JupiterRun.of(UncaughtTestCase.class, "junit.parallel.threads", "2")
            .assertCounts(1, 1)
            .failureOf("body(");

    assertThat(failure)
        .hasMessageStartingWith("2 of 2 threads failed (2 distinct failures)")
        .hasMessageContaining(
            "StartedThreadDiedException: thread 'background-0', started by the test body, died"
                + " with java.lang.IllegalStateException: boom in the background")
        .hasMessageContaining("thread 'background-1', started by the test body, died")
        .hasMessageContaining(
            "at io.github.parallelthreads.BackgroundThreadsTests$UncaughtTestCase.");
  }

  @Test
  void threadsTheBodyLeftRunningAreNamedOnTheTest() {
    release = new CountDownLatch(1);

    JupiterRun run =
        JupiterRun.of(LeakingTestCase.class, "junit.parallel.threads", "2").assertCounts(2, 0);

    assertThat(run.reportEntriesOf("body("))
        .containsEntry(
            "parallel.threads-left-running",
            "left 2 threads it started running: 'leaky-0', 'leaky-1'");
  }

  @Test
  void aThreadThatDiesAfterItsRunHasEndedIsReportedByTheJvmAsUsualNotLost() {
    release = new CountDownLatch(1);
    Map<String, String> reported = new ConcurrentHashMap<>();
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, uncaught) -> reported.put(thread.getName(), uncaught.toString()));
    try {
      JupiterRun run =
          JupiterRun.of(DiesAfterTheRunTestCase.class, "junit.parallel.threads", "2")
              .assertCounts(2, 0);
      assertThat(run.reportEntriesOf("body("))
          .containsEntry(
              "parallel.threads-left-running",
              "left 2 threads it started running: 'late-0', 'late-1'");

      release.countDown();

      await()
          .atMost(Duration.ofSeconds(30))
          // Awaitility would otherwise put its own default handler in place of this test's
          .dontCatchUncaughtExceptions()
          .until(() -> reported.keySet().containsAll(List.of("late-0", "late-1")));
      assertThat(reported)
          .containsEntry("late-0", "java.lang.IllegalStateException: boom after the run")
          .containsEntry("late-1", "java.lang.IllegalStateException: boom after the run");
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(previous);
    }
  }

  /** A test that runs after the faulty one in the same run, on the same two threads. */
  interface FollowedByANormalTest {
    @Test
    @Order(2)
    default void nextTestRunsNormally(ParallelContext context) {
      assertThat(context.threadCount()).isEqualTo(2);
    }
  }

  static void lockBothInOrder(Object first, Object second, CountDownLatch bothHoldFirst)
      throws InterruptedException {
    synchronized (first) {
      bothHoldFirst.countDown();
      bothHoldFirst.await(30, SECONDS);
      synchronized (second) {
        assertThat(first).isNotSameAs(second);
      }
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class DeadlockTestCase implements FollowedByANormalTest {
    static final Object A = new Object();
    static final Object B = new Object();
    static CountDownLatch bothHoldTheirFirstLock;

    @Test
    @Order(1)
    void monitors(ParallelContext context) throws InterruptedException {
      // thread 0 takes A then B, thread 1 takes B then A: a certain deadlock
      boolean first = context.threadIndex() == 0;
      lockBothInOrder(first ? A : B, first ? B : A, bothHoldTheirFirstLock);
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class LockDeadlockTestCase implements FollowedByANormalTest {
    static final ReentrantLock A = new ReentrantLock();
    static final ReentrantLock B = new ReentrantLock();
    static CountDownLatch bothHoldTheirFirstLock;

    @Test
    @Order(1)
    void locks(ParallelContext context) throws InterruptedException {
      ReentrantLock first = context.threadIndex() == 0 ? A : B;
      ReentrantLock second = first == A ? B : A;
      first.lock();
      bothHoldTheirFirstLock.countDown();
      bothHoldTheirFirstLock.await(30, SECONDS);
      second.lock(); // never returns: the other thread holds it and waits for ours
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class UncaughtTestCase implements FollowedByANormalTest {
    @Test
    @Order(1)
    void body(ParallelContext context) throws InterruptedException {
      Thread background =
          new Thread(
              () -> {
                throw new IllegalStateException("boom in the background");
              },
              "background-" + context.threadIndex());
      background.start();
      background.join();
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class DiesAfterTheRunTestCase implements FollowedByANormalTest {
    @Test
    @Order(1)
    void body(ParallelContext context) {
      Thread late =
          new Thread(
              () -> {
                awaitRelease();
                throw new IllegalStateException("boom after the run");
              },
              "late-" + context.threadIndex());
      started.add(late);
      late.start();
    }
  }

  static void awaitRelease() {
    try {
      release.await();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class LeakingTestCase implements FollowedByANormalTest {
    @Test
    @Order(1)
    void body(ParallelContext context) {
      Thread leaky =
          new Thread(BackgroundThreadsTests::awaitRelease, "leaky-" + context.threadIndex());
      started.add(leaky);
      leaky.start();
    }
  }
}
