package io.github.parallelthreads.internal.execution;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * How much CPU time a thread has used, as far as this JVM can tell: {@link ThreadMXBean} thread CPU
 * time, which a JVM may not support and a user may switch off. Callers get {@code -1} then, and
 * must do without.
 */
final class ThreadCpuTime {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static final boolean SUPPORTED = THREADS.isThreadCpuTimeSupported();

  private ThreadCpuTime() {}

  /**
   * The CPU time the thread has used so far, in nanoseconds; {@code -1} if the JVM does not measure
   * it (not supported, or switched off with {@code ThreadMXBean.setThreadCpuTimeEnabled}) or the
   * thread has ended.
   */
  static long nanos(Thread thread) {
    // enabled is asked every time: it can be switched at run time, and it costs a field read
    if (!SUPPORTED || !THREADS.isThreadCpuTimeEnabled()) {
      return -1;
    }
    return THREADS.getThreadCpuTime(thread.getId());
  }
}
