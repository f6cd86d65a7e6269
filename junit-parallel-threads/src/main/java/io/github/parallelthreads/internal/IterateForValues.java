package io.github.parallelthreads.internal;

import io.github.parallelthreads.ParallelThreadsExtension;
import io.github.parallelthreads.internal.execution.Durations;
import java.time.Duration;

/**
 * Reads a time budget, of {@code @IterateFor} or {@code junit.parallel.iterate-for}. It must be
 * shorter than {@code junit.parallel.timeout}: the timeout bounds the whole run, and the last
 * iteration ends after the budget, so a budget as long as the timeout would always time out.
 */
final class IterateForValues {

  private IterateForValues() {}

  /**
   * The budget the text gives.
   *
   * @throws IllegalArgumentException if it is none, its message what is allowed ("a positive
   *     duration ..."), for the caller's own sentence
   */
  static Duration parse(String text, Duration timeout) {
    String timeoutValue =
        ParallelThreadsExtension.TIMEOUT_PROPERTY_NAME + " (" + Durations.format(timeout) + ")";
    Duration budget =
        Durations.parse(text)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        Durations.ALLOWED + ", shorter than " + timeoutValue));
    if (budget.compareTo(timeout) >= 0) {
      throw new IllegalArgumentException(
          "a duration shorter than "
              + timeoutValue
              + ", which bounds the whole run: a budget that long would always time out;"
              + " shorten the budget or raise "
              + ParallelThreadsExtension.TIMEOUT_PROPERTY_NAME);
    }
    return budget;
  }
}
