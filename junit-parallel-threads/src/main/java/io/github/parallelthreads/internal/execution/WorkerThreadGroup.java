package io.github.parallelthreads.internal.execution;

import io.github.parallelthreads.StartedThreadDiedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The thread group of one run's workers. Threads that a test body starts join it, as Java puts a
 * new thread in its creator's group, so the group learns of their uncaught exceptions (which then
 * count in the test's result instead of being printed and lost) and can tell which of them were
 * left running.
 */
final class WorkerThreadGroup extends ThreadGroup {

  private final FailureCollector failures;

  /** Where in the run a thread was created: inherited by every thread a worker starts. */
  private final InheritableThreadLocal<WorkerContext> origin = new InheritableThreadLocal<>();

  WorkerThreadGroup(String name, FailureCollector failures) {
    super(name);
    this.failures = failures;
  }

  /** Called by a worker before each body, so that threads the body starts know where from. */
  void enter(WorkerContext context) {
    origin.set(context);
  }

  @Override
  public void uncaughtException(Thread thread, Throwable uncaught) {
    WorkerContext where = origin.get();
    if (where == null
        || !failures.record(
            where.threadIndex(),
            where.iterationIndex(),
            new StartedThreadDiedException(thread, uncaught))) {
      super.uncaughtException(thread, uncaught); // after the run: the JVM's usual report
    }
  }

  /** The threads of this group still alive, other than the workers: those the test left running. */
  List<Thread> leftRunning(Thread[] workers) {
    Set<Thread> workerSet = Set.of(workers);
    Thread[] found = new Thread[activeCount() + 16];
    int count = enumerate(found);
    List<Thread> leaked = new ArrayList<>();
    for (Thread thread : Arrays.asList(found).subList(0, count)) {
      if (!workerSet.contains(thread) && thread.isAlive()) {
        leaked.add(thread);
      }
    }
    return leaked;
  }
}
