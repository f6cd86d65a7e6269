package io.github.parallelthreads.benchmarks.race.kernels;

import io.github.parallelthreads.benchmarks.race.Kernel;
import io.github.parallelthreads.benchmarks.race.RaceExposedError;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/** A shared SimpleDateFormat: its internal Calendar is overwritten by concurrent callers. */
public final class SharedDateFormatKernel extends Kernel<SimpleDateFormat> {

  private static final long DAY_MILLIS = 86_400_000L;

  public SharedDateFormatKernel() {
    super("simpledateformat", "one SimpleDateFormat shared: wrong dates");
  }

  @Override
  protected SimpleDateFormat newState() {
    SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    format.setTimeZone(TimeZone.getTimeZone("UTC"));
    return format;
  }

  @Override
  protected void exercise(SimpleDateFormat format, int execution) {
    // a distinct date per execution, so that a mixed-up result is visible
    Date date = new Date(execution * (DAY_MILLIS + 3_601_000L));
    String text = format.format(date);
    Date parsed;
    try {
      parsed = format.parse(text);
    } catch (ParseException unparseable) {
      throw new RaceExposedError("could not parse '" + text + "' back", unparseable);
    }
    if (!parsed.equals(date)) {
      throw new RaceExposedError(date.getTime() + " came back as " + parsed.getTime());
    }
  }
}
