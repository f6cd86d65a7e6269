package io.github.parallelthreads.internal.execution;

import java.time.Duration;

/** Writes durations the way the configuration accepts them: 500ms, 30s, 5m, 1h. */
public final class Durations {

  private Durations() {}

  public static String format(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 3_600_000 == 0) {
      return millis / 3_600_000 + "h";
    }
    if (millis % 60_000 == 0) {
      return millis / 60_000 + "m";
    }
    if (millis % 1_000 == 0) {
      return millis / 1_000 + "s";
    }
    return millis + "ms";
  }
}
