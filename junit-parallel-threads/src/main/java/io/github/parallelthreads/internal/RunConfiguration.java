package io.github.parallelthreads.internal;

import io.github.parallelthreads.internal.detection.MethodPattern;
import java.time.Duration;
import java.util.List;

/**
 * The run-wide settings, read once per run from JUnit's configuration parameters.
 *
 * @param threads the thread count each test runs on, {@code auto} already resolved
 * @param threadsSource how the thread count was set, for messages
 * @param iterations how many times each thread runs the body
 * @param skipThreadUnsafe whether thread-unsafe tests are skipped rather than run on one thread
 * @param timeout how long one parallel run may take
 * @param threadUnsafeMethods methods whose callers are thread-unsafe
 * @param perturbation whether and how brutal mode disturbs the code under test
 */
record RunConfiguration(
    int threads,
    String threadsSource,
    int iterations,
    boolean skipThreadUnsafe,
    Duration timeout,
    List<MethodPattern> threadUnsafeMethods,
    PerturbationSettings perturbation) {

  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

  static final RunConfiguration DEFAULTS =
      new RunConfiguration(
          1, "default", 1, false, DEFAULT_TIMEOUT, List.of(), PerturbationSettings.OFF);

  RunConfiguration {
    threadUnsafeMethods = List.copyOf(threadUnsafeMethods);
  }
}
