package io.github.parallelthreads.internal;

import java.util.List;

/** The configuration parameters the extension reads; their names are public API. */
final class ConfigurationKeys {

  static final String PREFIX = "junit.parallel.";
  static final String THREADS = PREFIX + "threads";
  static final String ITERATIONS = PREFIX + "iterations";
  static final String SKIP_THREAD_UNSAFE = PREFIX + "skip-thread-unsafe";
  static final String TIMEOUT = PREFIX + "timeout";
  static final String THREAD_UNSAFE_METHODS = PREFIX + "thread-unsafe-methods";

  static final List<String> ALL =
      List.of(THREADS, ITERATIONS, SKIP_THREAD_UNSAFE, TIMEOUT, THREAD_UNSAFE_METHODS);

  private ConfigurationKeys() {}
}
