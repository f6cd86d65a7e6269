package io.github.parallelthreads.internal;

import java.io.Serial;
import java.lang.management.ThreadInfo;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reports a deadlock among a run's threads: the cycle of who waits for which lock held by whom. Its
 * stack trace is that of the first thread in the cycle; the others' stacks are attached.
 */
final class DeadlockDetectedException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  DeadlockDetectedException(List<ThreadInfo> cycle) {
    super(describe(cycle), null, false, true);
    setStackTrace(cycle.get(0).getStackTrace());
    for (ThreadInfo info : cycle.subList(1, cycle.size())) {
      addSuppressed(new ThreadStack(info.getThreadName(), info.getStackTrace()));
    }
  }

  private static String describe(List<ThreadInfo> cycle) {
    return "deadlock: "
        + cycle.stream()
            .map(
                info ->
                    "'"
                        + info.getThreadName()
                        + "' waits for "
                        + info.getLockName()
                        + " held by '"
                        + info.getLockOwnerName()
                        + "'")
            .collect(Collectors.joining("; "));
  }
}
