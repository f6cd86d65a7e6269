package io.github.parallelthreads.internal.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parallelthreads.ParallelFailuresError;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A JVM whose thread MXBean cannot find deadlocks, or refuses to, still runs tests in parallel: the
 * watch does what it can, the run still ends, and a failed run says what the watch could not do
 * (issue 11).
 */
class DeadlockWatchTests {

  private final CountDownLatch never = new CountDownLatch(1);
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

  @AfterEach
  void releaseWorkers() {
    never.countDown();
  }

  @Test
  void withoutSynchronizerSupportAMonitorDeadlockIsStillFound() {
    ThreadMXBean bean =
        refusing(
            "findDeadlockedThreads",
            new UnsupportedOperationException(
                "Monitoring of Synchronizer Usage is not supported."));
    // far beyond the watch: only the watch can end this run in time
    ParallelRun run = new ParallelRun("MonitorsOnly deadlock", 2, 1, Duration.ofMinutes(2), bean);

    FailureCollector result = run.run(deadlockOnMonitors());

    assertThatThrownBy(
            () ->
                new OutcomeReport(2, 1)
                    .throwIfUnsuccessful(result, "", () -> "Shared through the test: nothing"))
        .isInstanceOf(ParallelFailuresError.class)
        .hasMessageStartingWith("2 of 2 threads failed")
        .hasMessageContaining(
            "io.github.parallelthreads.DeadlockDetectedException: deadlock: 'parallel-threads"
                + " MonitorsOnly deadlock [thread ")
        .hasMessageContaining(
            "\nDeadlock detection covered monitors only, as this JVM cannot find deadlocks on"
                + " java.util.concurrent locks (java.lang.UnsupportedOperationException:"
                + " Monitoring of Synchronizer Usage is not supported.): a deadlock on such locks"
                + " ends the run only at junit.parallel.timeout.\n"
                + "The run was cut short");
    assertThat(calls.get("findDeadlockedThreads")).as("asked once, then not again").hasValue(1);
  }

  @Test
  void aRefusingThreadMxBeanStopsTheWatchAndTheRunStillEndsByItsTimeout() {
    ThreadMXBean bean =
        refusing(
            "findDeadlockedThreads",
            new SecurityException("access denied by the test"),
            "findMonitorDeadlockedThreads",
            new SecurityException("access denied by the test"));
    ParallelRun run = new ParallelRun("Refused watch", 2, 1, Duration.ofSeconds(2), bean);

    FailureCollector result =
        run.run((context, comparator) -> () -> never.await(1, TimeUnit.MINUTES));

    assertThatThrownBy(
            () ->
                new OutcomeReport(2, 1)
                    .throwIfUnsuccessful(result, "", () -> "Shared through the test: nothing"))
        .isInstanceOf(ParallelFailuresError.class)
        .hasMessageStartingWith(
            "2 of 2 threads failed (2 distinct failures)\n"
                + "  [1] io.github.parallelthreads.WorkerStillRunningException: worker thread"
                + " 'parallel-threads Refused watch [thread 0 of 2]' was still running when the"
                + " parallel run exceeded junit.parallel.timeout (2s)\n")
        .hasMessageContaining(
            "  [2] io.github.parallelthreads.WorkerStillRunningException: worker thread"
                + " 'parallel-threads Refused watch [thread 1 of 2]' was still running when the"
                + " parallel run exceeded junit.parallel.timeout (2s)\n")
        .hasMessageContaining(
            "\nDeadlock detection was unavailable (java.lang.SecurityException: access denied by"
                + " the test): a deadlock among the workers ends the run only at"
                + " junit.parallel.timeout.\n"
                + "The run was cut short");
    assertThat(calls.get("findDeadlockedThreads")).as("asked once, then not again").hasValue(1);
    assertThat(calls).doesNotContainKey("findMonitorDeadlockedThreads");
  }

  /** Two workers that take two monitors in opposite orders: a certain deadlock. */
  private static ParallelRun.Body deadlockOnMonitors() {
    Object a = new Object();
    Object b = new Object();
    CountDownLatch bothHoldTheirFirstLock = new CountDownLatch(2);
    return (context, comparator) ->
        () -> {
          boolean first = context.threadIndex() == 0;
          lockBoth(first ? a : b, first ? b : a, bothHoldTheirFirstLock);
        };
  }

  private static void lockBoth(Object first, Object second, CountDownLatch bothHoldTheirFirstLock)
      throws InterruptedException {
    synchronized (first) {
      bothHoldTheirFirstLock.countDown();
      bothHoldTheirFirstLock.await(1, TimeUnit.MINUTES);
      synchronized (second) {
        throw new AssertionError("the other thread holds this monitor and waits for ours");
      }
    }
  }

  /**
   * The JVM's thread MXBean, except that the named methods throw the given exceptions; counts the
   * calls of those methods.
   */
  private ThreadMXBean refusing(Object... methodsAndExceptions) {
    Map<String, RuntimeException> refusals = new ConcurrentHashMap<>();
    for (int i = 0; i < methodsAndExceptions.length; i += 2) {
      refusals.put(
          (String) methodsAndExceptions[i], (RuntimeException) methodsAndExceptions[i + 1]);
    }
    ThreadMXBean real = ManagementFactory.getThreadMXBean();
    return (ThreadMXBean)
        Proxy.newProxyInstance(
            DeadlockWatchTests.class.getClassLoader(),
            new Class<?>[] {ThreadMXBean.class},
            (proxy, method, arguments) -> {
              RuntimeException refusal = refusals.get(method.getName());
              if (refusal != null) {
                calls
                    .computeIfAbsent(method.getName(), name -> new AtomicInteger())
                    .incrementAndGet();
                throw refusal;
              }
              try {
                return method.invoke(real, arguments);
              } catch (InvocationTargetException thrown) {
                throw thrown.getCause();
              }
            });
  }
}
