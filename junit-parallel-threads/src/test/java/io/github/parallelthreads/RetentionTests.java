package io.github.parallelthreads;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nothing of a run outlives it for the rest of the suite: its thread group and what its threads did
 * become garbage once the run is over, even when the body left a thread running, so a suite of tens
 * of thousands of parallel tests does not fill the heap.
 */
class RetentionTests {

  static final List<Thread> lingering = new CopyOnWriteArrayList<>();
  static volatile CountDownLatch release;

  @BeforeEach
  void holdLingeringThreads() {
    release = new CountDownLatch(1);
    lingering.clear();
    LingeringTestCase.failures.clear();
  }

  @AfterEach
  void stopLingeringThreads() throws InterruptedException {
    release.countDown();
    for (Thread thread : lingering) {
      thread.join(30_000);
    }
  }

  @Test
  void aRunsThreadGroupBecomesGarbageOnceItsThreadsHaveEnded() {
    JupiterRun.of(GroupCapturingTestCase.class, "junit.parallel.threads", "2").assertCounts(1, 0);

    assertThat(GroupCapturingTestCase.groupName)
        .isEqualTo("parallel-threads GroupCapturingTestCase body()");
    awaitCollected(GroupCapturingTestCase.group);
  }

  @Test
  void aThreadLeftRunningKeepsNoneOfTheRunsFailures() {
    runTheFailingTestThatLeavesThreadsRunning();

    assertThat(LingeringTestCase.failures).hasSize(2);
    for (WeakReference<AssertionError> failure : LingeringTestCase.failures) {
      awaitCollected(failure);
    }
    assertThat(lingering).hasSize(2).allMatch(Thread::isAlive);
  }

  @Test
  void aThreadFactoryMadeInTheBodyStillMakesThreadsAfterTheThreadsItMadeHaveEnded()
      throws InterruptedException {
    JupiterRun.of(FactoryTestCase.class, "junit.parallel.threads", "2").assertCounts(1, 0);
    release.countDown();
    for (Thread thread : lingering) {
      thread.join(30_000);
    }
    assertThat(lingering).hasSize(2).noneMatch(Thread::isAlive);

    // the factory remembers the run's group: it must still take threads
    Thread later = FactoryTestCase.factory.newThread(() -> {});
    assertThat(later.getThreadGroup().getName())
        .isEqualTo("parallel-threads FactoryTestCase body()");
    later.start();
    later.join(30_000);
    assertThat(later.isAlive()).isFalse();
  }

  /** In a method of its own, so that nothing of the run's result stays on the test's stack. */
  private static void runTheFailingTestThatLeavesThreadsRunning() {
    JupiterRun run =
        JupiterRun.of(LingeringTestCase.class, "junit.parallel.threads", "2").assertCounts(0, 1);
    assertThat(run.failureOf("body("))
        .hasMessageStartingWith("2 of 2 threads failed (1 distinct failure)")
        .hasMessageContaining("AssertionError: fails while a thread it started lingers")
        .hasMessageContaining(
            "The test body left 2 threads it started running: 'lingering-0', 'lingering-1'.");
  }

  private static void awaitCollected(WeakReference<?> reference) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              System.gc();
              return reference.get() == null;
            });
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class GroupCapturingTestCase {
    static volatile WeakReference<ThreadGroup> group;
    static volatile String groupName;

    @Test
    void body() {
      ThreadGroup own = Thread.currentThread().getThreadGroup();
      group = new WeakReference<>(own);
      groupName = own.getName();
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class FactoryTestCase {
    static volatile ThreadFactory factory;

    @Test
    void body() {
      ThreadFactory own = Executors.defaultThreadFactory(); // remembers this worker's group
      Thread thread = own.newThread(RetentionTests::awaitRelease);
      lingering.add(thread);
      thread.start();
      factory = own;
    }
  }

  static void awaitRelease() {
    try {
      release.await(60, SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class LingeringTestCase {
    static final List<WeakReference<AssertionError>> failures = new CopyOnWriteArrayList<>();

    @Test
    void body(ParallelContext context) {
      Thread thread =
          new Thread(RetentionTests::awaitRelease, "lingering-" + context.threadIndex());
      lingering.add(thread);
      thread.start();
      AssertionError failure = new AssertionError("fails while a thread it started lingers");
      failures.add(new WeakReference<>(failure));
      throw failure;
    }
  }
}
