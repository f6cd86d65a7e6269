package io.github.parallelthreads.examples.lazyinit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parallelthreads.ParallelThreads;
import io.github.parallelthreads.examples.exposure.Exposure;
import org.junit.jupiter.api.Test;

// The check itself runs once, even when the examples run with -Djunit.parallel.threads=8.
@ParallelThreads(1)
class CheckThenActUnitTableExposureTest {

  @Test
  void theExtensionExposesTheHalfBuiltTable() {
    // Measured with ExposureRates: see examples/EXPOSURE.md for the rate and why 50 runs.
    String message =
        Exposure.of(CheckThenActUnitTableTestCase.class).withinRuns(50).show().message();

    assertThat(message).containsPattern("^\\d of 8 threads failed").contains("unknown unit");
  }

  /** The contract's test, against the unsafe table. */
  static class CheckThenActUnitTableTestCase extends UnitTableContract {

    @Override
    UnitTable newTable() {
      return new CheckThenActUnitTable();
    }
  }
}
