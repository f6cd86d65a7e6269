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
 * left running. Threads of the JDK's shared pools that join it are not the body's: see {@link
 * SharedJdkThreads}.
 */
final class WorkerThreadGroup extends ThreadGroup {

  /**
   * Before Java 19 a thread group stays in its parent's list, and so in memory, until it is
   * destroyed; from Java 19 on the parent holds it weakly and {@code destroy} does nothing.
   */
  private static final boolean HELD_UNTIL_DESTROYED = Runtime.version().feature() < 19;

  /** The run's failures; null once the run is over, so a group that lives on keeps none. */
  private volatile FailureCollector failures;

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
    FailureCollector sink = failures;
    if (where == null
        || sink == null
        || SharedJdkThreads.contains(thread)
        || !sink.record(
            where.threadIndex(),
            where.iterationIndex(),
            new StartedThreadDiedException(thread, uncaught))) {
      super.uncaughtException(thread, uncaught); // after the run: the JVM's usual report
    }
  }

  /**
   * The threads of this group still alive, other than the workers and shared JDK threads: those the
   * test left running.
   */
  List<Thread> leftRunning(Thread[] workers) {
    Set<Thread> workerSet = Set.of(workers);
    Thread[] found = new Thread[activeCount() + 16];
    int count = enumerate(found);
    List<Thread> leaked = new ArrayList<>();
    for (Thread thread : Arrays.asList(found).subList(0, count)) {
      if (!workerSet.contains(thread) && thread.isAlive() && !SharedJdkThreads.contains(thread)) {
        leaked.add(thread);
      }
    }
    return leaked;
  }

  /**
   * Ends the group's part in the run when the run is over: a thread that dies later is reported by
   * the JVM as usual. Where the JVM would keep the group for good, it is destroyed when its workers
   * have ended, if the body left no thread of its own running. A group with such threads stays as
   * it is: their pools may create threads in it later ({@code Executors.defaultThreadFactory()}
   * remembers its creator's group), which a destroyed group refuses.
   */
  void close(Thread[] workers) {
    failures = null;
    if (HELD_UNTIL_DESTROYED && leftRunning(workers).isEmpty()) {
      destroyWhenEmpty();
    }
  }

  // destroy and setDaemon are deprecated for removal, as no-ops from Java 19 on; before that they
  // are the only way to release a group, and close() calls this method only there
  @SuppressWarnings("removal")
  private void destroyWhenEmpty() {
    setDaemon(true); // from now on the group destroys itself when its last thread ends
    if (activeCount() == 0 && activeGroupCount() == 0) {
      try {
        destroy();
      } catch (IllegalThreadStateException destroyedByItsLastThreadOrRefilled) {
        // its last thread ended meanwhile and destroyed it, or a new thread joined it
      }
    }
  }
}
