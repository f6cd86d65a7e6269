package io.github.parallelthreads.examples.formatter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parallelthreads.ParallelThreads;
import io.github.parallelthreads.examples.exposure.Exposure;
import java.time.Instant;
import org.junit.jupiter.api.Test;

// The check itself runs once, even when the examples run with -Djunit.parallel.threads=8.
@ParallelThreads(1)
class SimpleDateFormatTimestampsExposureTest {

  @Test
  void theExtensionExposesGarbledTimestamps() {
    // Measured with ExposureRates: see examples/EXPOSURE.md for the rate and why 50 runs.
    String message =
        Exposure.of(SimpleDateFormatTimestampsTestCase.class).withinRuns(50).show().message();

    assertThat(message)
        .containsPattern("^\\d of 8 threads failed")
        .containsPattern(
            "\\[(formatted|parsed) [-0-9T:Z]+\\]|not a timestamp|NumberFormatException");
  }

  @Test
  void onOneThreadTheSharedFormatIsRight() {
    // so that a failure on 8 threads can only come from the threads sharing the format
    TimestampFormat format = new SimpleDateFormatTimestamps();
    for (String text : TimestampFormatContract.TIMESTAMPS) {
      Instant instant = Instant.parse(text);
      assertThat(format.format(instant)).as("formatted %s", instant).isEqualTo(text);
      assertThat(format.parse(text)).as("parsed %s", text).isEqualTo(instant);
    }
  }

  /** The contract's test, against one {@code SimpleDateFormat} shared by the 8 threads. */
  static class SimpleDateFormatTimestampsTestCase extends TimestampFormatContract {

    @Override
    TimestampFormat newFormat() {
      return new SimpleDateFormatTimestamps();
    }
  }
}
