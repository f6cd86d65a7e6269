package io.github.parallelthreads.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Takes a {@link HeapCheckpoint} when the suite starts and after every so many finished tests, from
 * inside the one launcher execution that runs the whole suite, and prints each. JUnit calls it on
 * the thread that runs the tests, between two tests, so no run is in progress then.
 */
final class HeapCheckpoints implements TestExecutionListener {

  private static final String WORKER_GROUP =
      "io.github.parallelthreads.internal.execution.WorkerThreadGroup";
  private static final String OUTCOMES =
      "io.github.parallelthreads.internal.execution.FailureCollector$Outcomes";

  private final int every;

  /** A few, not all: the listener must not itself keep something per test. */
  private final List<Throwable> firstFailures = new ArrayList<>();

  private int finished;
  private int unsuccessful;
  private long started;
  private long measuringNanos;
  private long measuringGcMillis;

  HeapCheckpoints(int every) {
    this.every = every;
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    started = System.nanoTime();
    take();
  }

  @Override
  public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
    if (!identifier.isTest()) {
      return;
    }
    finished++;
    if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
      unsuccessful++;
      if (firstFailures.size() < 5) {
        result.getThrowable().ifPresent(firstFailures::add);
      }
    }
    if (finished % every == 0) {
      take();
    }
  }

  /**
   * Fails unless exactly {@code tests} tests ran and all passed: a failing suite measures nothing.
   */
  void requireAllPassed(int tests) {
    if (finished != tests || unsuccessful > 0) {
      IllegalStateException failure =
          new IllegalStateException(
              "expected "
                  + tests
                  + " passing tests, but "
                  + finished
                  + " finished and "
                  + unsuccessful
                  + " did not pass");
      firstFailures.forEach(failure::addSuppressed);
      throw failure;
    }
  }

  private void take() {
    long measuring = System.nanoTime();
    long collected = collectionMillis();
    LiveHeap heap = LiveHeap.now();
    long wallNanos = measuring - started - measuringNanos;
    long gcMillis = collected - measuringGcMillis;
    measuringGcMillis += collectionMillis() - collected;
    HeapCheckpoint checkpoint =
        new HeapCheckpoint(
            finished,
            heap.bytes(),
            heap.count(WORKER_GROUP),
            heap.count(OUTCOMES),
            heap.count(ThreadGroup.class.getName()),
            gcMillis,
            wallNanos / 1_000_000,
            LoadAverage.now());
    System.out.println(checkpoint.line());
    measuringNanos += System.nanoTime() - measuring;
  }

  private static long collectionMillis() {
    long total = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(collector.getCollectionTime(), 0);
    }
    return total;
  }
}
