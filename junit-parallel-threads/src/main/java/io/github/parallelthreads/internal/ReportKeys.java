package io.github.parallelthreads.internal;

/**
 * The keys of the report entries the extension publishes on a test; the run summary reads them
 * back, and Surefire's XML, IDEs and other listeners show them.
 */
final class ReportKeys {

  static final String THREADS = "parallel.threads";
  static final String ITERATIONS = "parallel.iterations";
  static final String THREAD_UNSAFE = "parallel.thread-unsafe";
  static final String GLOBAL_STATE_CHANGED = "parallel.global-state-changed";
  static final String THREADS_LEFT_RUNNING = "parallel.threads-left-running";

  private ReportKeys() {}
}
