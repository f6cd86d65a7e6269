package io.github.parallelthreads.internal.execution;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes durations the way the configuration accepts them (500ms, 30s, 5m, 1h), and
 * writes measured times as a reader takes them in (37ms, 2.4s).
 */
public final class Durations {

  /** What {@link #parse} accepts, for messages. */
  public static final String ALLOWED = "a positive duration such as 500ms, 30s, 5m or 1h";

  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)");

  private Durations() {}

  /**
   * Reads a positive whole number with a unit, {@code ms}, {@code s}, {@code m} or {@code h}, with
   * blanks around it and any case.
   *
   * @return the duration, or empty if the text is not one or is zero
   */
  public static Optional<Duration> parse(String text) {
    Matcher matcher = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      return Optional.empty();
    }
    long amount = Long.parseLong(matcher.group(1));
    if (amount == 0) {
      return Optional.empty();
    }
    return Optional.of(
        switch (matcher.group(2)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          default -> Duration.ofHours(amount);
        });
  }

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
