package io.github.parallelthreads.examples.formatter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parallelthreads.ParallelThreads;
import io.github.parallelthreads.examples.exposure.Exposure;
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

  /** The contract's test, against one {@code SimpleDateFormat} shared by the 8 threads. */
  static class SimpleDateFormatTimestampsTestCase extends TimestampFormatContract {

    @Override
    TimestampFormat newFormat() {
      return new SimpleDateFormatTimestamps();
    }
  }
}
