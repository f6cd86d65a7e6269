package io.github.parallelthreads.examples.formatter;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The unsafe variant: one {@code SimpleDateFormat}, made once and used by every caller.
 *
 * <p>Making a {@code SimpleDateFormat} costs, so keeping one looks sensible. But it is not
 * thread-safe: {@code format} and {@code parse} store the date they are working on in the format's
 * own {@code Calendar} and read it back field by field. When two threads use it at once, one reads
 * fields the other wrote: a formatted text mixes two dates, and a parse returns a wrong instant or
 * throws. See {@link DateTimeFormatterTimestamps} for the fix.
 */
public final class SimpleDateFormatTimestamps implements TimestampFormat {

  private final SimpleDateFormat format = utcFormat();

  @Override
  public String format(Instant instant) {
    return format.format(Date.from(instant)); // shared Calendar: not safe on several threads
  }

  @Override
  public Instant parse(String text) {
    try {
      return format.parse(text).toInstant();
    } catch (ParseException e) {
      throw new IllegalArgumentException("not a timestamp: " + text, e);
    }
  }

  private static SimpleDateFormat utcFormat() {
    SimpleDateFormat utc = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
    utc.setTimeZone(TimeZone.getTimeZone("UTC"));
    utc.setLenient(false);
    return utc;
  }
}
