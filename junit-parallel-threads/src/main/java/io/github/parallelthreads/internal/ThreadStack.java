package io.github.parallelthreads.internal;

import java.io.Serial;

/** Carries another thread's stack trace in a report, under a message that names the thread. */
final class ThreadStack extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  ThreadStack(String threadName, StackTraceElement[] stack) {
    super("stack of '" + threadName + "'", null, false, true);
    setStackTrace(stack);
  }
}
