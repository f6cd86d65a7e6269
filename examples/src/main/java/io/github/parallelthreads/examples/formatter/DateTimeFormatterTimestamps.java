package io.github.parallelthreads.examples.formatter;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The fixed variant: an immutable {@code java.time} formatter, which keeps no state between calls
 * and can be shared by any number of threads. Each call works on values of its own.
 */
public final class DateTimeFormatterTimestamps implements TimestampFormat {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Override
  public String format(Instant instant) {
    return FORMAT.format(instant); // immutable and thread-safe: one instance for every caller
  }

  @Override
  public Instant parse(String text) {
    try {
      return FORMAT.parse(text, Instant::from);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a timestamp: " + text, e);
    }
  }
}
