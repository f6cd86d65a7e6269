package io.github.parallelthreads;

import java.io.Serial;
import java.lang.management.ThreadInfo;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A deadlock among the threads of a parallel run, one of the failures of a {@link
 * ParallelFailuresError}: the message is the cycle of who waits for which lock held by whom. Its
 * stack trace is that of the first thread in the cycle; the other threads' stacks are attached as
 * suppressed exceptions, each under a message that names its thread.
 *
 * <p>The extension creates it; a test has no reason to.
 */
public final class DeadlockDetectedException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  /**
   * Describes a deadlock cycle.
   *
   * @param cycle the deadlocked threads, in the order they wait for each other; not empty
   */
  public DeadlockDetectedException(List<ThreadInfo> cycle) {
    super(describe(cycle), null, false, true);
    setStackTrace(cycle.get(0).getStackTrace());
    for (ThreadInfo info : cycle.subList(1, cycle.size())) {
      addSuppressed(new ThreadStack(info.getThreadName(), info.getStackTrace()));
    }
  }

  private static String describe(List<ThreadInfo> cycle) {
    if (cycle.isEmpty()) {
      throw new IllegalArgumentException("a deadlock cycle has at least one thread");
    }
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

  /** Another thread's stack trace in the report, under a message that names the thread. */
  private static final class ThreadStack extends RuntimeException {

    @Serial private static final long serialVersionUID = 1L;

    ThreadStack(String threadName, StackTraceElement[] stack) {
      super("stack of '" + threadName + "'", null, false, true);
      setStackTrace(stack);
    }
  }
}
