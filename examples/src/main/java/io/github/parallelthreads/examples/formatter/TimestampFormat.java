package io.github.parallelthreads.examples.formatter;

import java.time.Instant;

/**
 * Writes and reads timestamps as UTC text to the second, such as {@code 2026-03-14T15:09:26Z}.
 * Prepared once and used by every caller, so an implementation must be safe to share.
 */
public interface TimestampFormat {

  /**
   * The text of an instant, to the second.
   *
   * @param instant the instant; a fraction of a second is dropped
   * @return the text, such as {@code 2026-03-14T15:09:26Z}
   */
  String format(Instant instant);

  /**
   * The instant a text written by {@link #format} stands for.
   *
   * @param text the text
   * @return the instant
   * @throws IllegalArgumentException if the text is not a timestamp of this format
   */
  Instant parse(String text);
}
