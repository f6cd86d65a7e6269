package io.github.parallelthreads.internal.execution;

import io.github.parallelthreads.DeadlockDetectedException;
import java.lang.management.ManagementFactory;
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
 */
final class DeadlockWatch {

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final ThreadGroup group;

  DeadlockWatch(ThreadGroup group) {
    this.group = group;
  }

  /**
   * The deadlock that involves a thread of the group, described by the group's deadlocked threads
   * and the threads they wait for; or empty. Deadlocks of earlier, abandoned runs stay in the JVM
   * for good, so every other deadlocked thread is left out. Costs a safepoint: poll slowly.
   */
  Optional<DeadlockDetectedException> find() {
    long[] ids = threads.findDeadlockedThreads();
    if (ids == null) {
      return Optional.empty();
    }
    Map<Long, ThreadInfo> deadlocked = new LinkedHashMap<>();
    for (ThreadInfo info : threads.getThreadInfo(ids, true, true)) {
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
