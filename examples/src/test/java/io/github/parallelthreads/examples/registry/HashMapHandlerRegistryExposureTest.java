package io.github.parallelthreads.examples.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parallelthreads.ParallelThreads;
import io.github.parallelthreads.examples.exposure.Exposure;
import org.junit.jupiter.api.Test;

// The check itself runs once, even when the examples run with -Djunit.parallel.threads=8.
@ParallelThreads(1)
class HashMapHandlerRegistryExposureTest {

  @Test
  void theExtensionExposesLostHandlers() {
    // Measured with ExposureRates: see examples/EXPOSURE.md for the rate and why 60 runs.
    String message =
        Exposure.of(HashMapHandlerRegistryTestCase.class).withinRuns(60).show().message();

    assertThat(message)
        .containsPattern("^\\d of 8 threads failed")
        .contains("[handlers for order-");
  }

  /** The contract's test, against the plain map shared by the 8 threads. */
  static class HashMapHandlerRegistryTestCase extends HandlerRegistryContract {

    @Override
    HandlerRegistry newRegistry() {
      return new HashMapHandlerRegistry();
    }
  }
}
