package io.github.parallelthreads.internal.execution;

import io.github.parallelthreads.DeadlockDetectedException;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds threads of a run that are deadlocked, on monitors or on {@code java.util.concurrent} locks,
 * and describes the cycle: which thread waits for which lock, held by which thread.
 *
 * <p>A JVM may not support finding deadlocks on {@code java.util.concurrent} locks, and a security
 * policy may refuse the thread MXBean altogether. Then the watch does what it still can (monitors
 * only), or stops watching, and notes that in the run's failures: the run goes on and ends by its
 * timeout, as it would have without a watch, and a JVM without the feature still runs tests.
 */
final class DeadlockWatch {

  private final ThreadGroup group;
  private final ThreadMXBean threads;
  private final FailureCollector failures;
  private boolean synchronizersWatched = true;
  private boolean watching = true;

  /**
   * Watches the threads of the group.
   *
   * @param failures where the watch says so if it cannot watch fully
   */
  DeadlockWatch(ThreadGroup group, ThreadMXBean threads, FailureCollector failures) {
    this.group = group;
    this.threads = threads;
    this.failures = failures;
  }

  /**
   * The deadlock that involves a thread of the group, described by the group's deadlocked threads
   * and the threads they wait for; or empty. Deadlocks of earlier, abandoned runs stay in the JVM
   * for good, so every other deadlocked thread is left out. Costs a safepoint: poll slowly.
   */
  Optional<DeadlockDetectedException> find() {
    if (!watching) {
      return Optional.empty();
    }
    try {
      long[] ids = deadlockedThreadIds();
      return ids == null ? Optional.empty() : describe(ids);
    } catch (RuntimeException unavailable) {
      // a SecurityException, or a JVM that cannot look at all: never cut a run short for it
      watching = false;
      failures.note(
          "Deadlock detection was unavailable ("
              + unavailable
              + "): a deadlock among the workers ends the run only at junit.parallel.timeout.");
      return Optional.empty();
    }
  }

  private long[] deadlockedThreadIds() {
    if (synchronizersWatched) {
      try {
        return threads.findDeadlockedThreads();
      } catch (UnsupportedOperationException monitorsOnly) {
        synchronizersWatched = false;
        failures.note(
            "Deadlock detection covered monitors only, as this JVM cannot find deadlocks on"
                + " java.util.concurrent locks ("
                + monitorsOnly
                + "): a deadlock on such locks ends the run only at junit.parallel.timeout.");
      }
    }
    return threads.findMonitorDeadlockedThreads();
  }

  private Optional<DeadlockDetectedException> describe(long[] ids) {
    Map<Long, ThreadInfo> deadlocked = new LinkedHashMap<>();
    // whole stacks, without the lists of held locks: the report does not use them, and a JVM
    // that cannot track lock usage refuses to give them
    for (ThreadInfo info : threads.getThreadInfo(ids, Integer.MAX_VALUE)) {
      if (info != null) {
        deadlocked.put(info.getThreadId(), info);
      }
    }
    List<ThreadInfo> cycle = new ArrayList<>();
    Set<Long> included = new HashSet<>();
    for (ThreadInfo info : deadlocked.values()) {
      if (inGroup(info.getThreadId())) {
        // follow who each thread waits for, to show the whole cycle
        for (ThreadInfo next = info;
            next != null && included.add(next.getThreadId());
            next = deadlocked.get(next.getLockOwnerId())) {
          cycle.add(next);
        }
      }
    }
    return cycle.isEmpty() ? Optional.empty() : Optional.of(new DeadlockDetectedException(cycle));
  }

  private boolean inGroup(long threadId) {
    Thread[] members = new Thread[group.activeCount() + 16];
    int count = group.enumerate(members);
    for (int i = 0; i < count; i++) {
      if (members[i].getId() == threadId) {
        return true;
      }
    }
    return false;
  }
}
