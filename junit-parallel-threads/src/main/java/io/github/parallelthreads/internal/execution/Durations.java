package io.github.parallelthreads.internal.execution;

import java.time.Duration;
import java.util.Locale;

/**
 * Writes durations the way the configuration accepts them (500ms, 30s, 5m, 1h), and measured times
 * as a reader takes them in (37ms, 2.4s).
 */
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

  /** A measured time: whole milliseconds below a second, seconds with one decimal above. */
  public static String measured(long nanos) {
    long millis = Math.max(0, nanos) / 1_000_000;
    return millis < 1_000
        ? millis + "ms"
        : String.format(Locale.ROOT, "%.1fs", Math.max(0, nanos) / 1e9);
  }
}
