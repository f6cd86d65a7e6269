package io.github.parallelthreads.examples.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.parallelthreads.ParallelThreads;
import io.github.parallelthreads.examples.exposure.Exposure;
import io.github.parallelthreads.examples.exposure.FixtureRun;
import java.time.Duration;
import org.junit.jupiter.api.Test;

// The checks themselves run once, even when the examples run with -Djunit.parallel.threads=8.
@ParallelThreads(1)
class SingleSlotQuoteClientExposureTest {

  @Test
  void theExtensionExposesCallersCollectingEachOthersQuotes() {
    // Measured with ExposureRates: see examples/EXPOSURE.md for the rate and why 10 runs.
    String message =
        Exposure.of(SingleSlotQuoteClientTestCase.class).withinRuns(10).show().message();

    assertThat(message)
        .containsPattern("^\\d of 8 threads failed")
        .contains("[the request the collected quote answers]");
  }

  @Test
  void theFixedClientsTestStopsEveryThreadItStartsAndLeavesGlobalStateAlone() {
    // no parallel.threads-left-running or parallel.global-state-changed entry: only the plan
    FixtureRun run = FixtureRun.of(QuoteClientByRequestTest.class).assertAllPassed(1);

    assertThat(run.reportEntriesOf("everyCallerCollectsTheQuoteForItsOwnRequest("))
        .containsOnly(entry("parallel.threads", "8"), entry("parallel.iterations", "5"));
  }

  /** The contract's test, against the single-slot client. */
  static class SingleSlotQuoteClientTestCase extends QuoteClientContract {

    @Override
    QuoteClient newClient(QuoteService service) {
      return new SingleSlotQuoteClient(service);
    }

    @Override
    Duration quoteTimeout() {
      return Duration.ofSeconds(2);
    }
  }
}
