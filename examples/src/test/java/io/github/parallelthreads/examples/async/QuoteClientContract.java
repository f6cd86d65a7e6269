package io.github.parallelthreads.examples.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.parallelthreads.ParallelContext;
import io.github.parallelthreads.ParallelThreads;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The test every {@link QuoteClient} must pass, on 8 threads released together. The 8 threads share
 * one client and one service; each asks for its own quote, with a request id of its own and a pair
 * of its own, and waits for it, with a bound, never a sleep.
 */
abstract class QuoteClientContract {

  private static final List<String> PAIRS =
      List.of(
          "EUR/USD", "GBP/USD", "USD/JPY", "USD/CHF", "AUD/USD", "USD/CAD", "NZD/USD", "EUR/GBP");

  // made on JUnit's thread, so the service's threads are not among those the test body starts
  private final QuoteService service = new QuoteService(2);
  private final QuoteClient client = newClient(service);

  abstract QuoteClient newClient(QuoteService service);

  /**
   * How long a thread waits for its quote: generous, for a loaded machine. The exposure fixture
   * shortens it, so that a quote that never comes fails a run in seconds, not minutes.
   */
  Duration quoteTimeout() {
    return Duration.ofSeconds(30);
  }

  @AfterEach
  void stopService() {
    service.close();
  }

  @ParallelThreads(8)
  @Test
  void everyCallerCollectsTheQuoteForItsOwnRequest(ParallelContext context) {
    String requestId = "thread-" + context.threadIndex() + "-iteration-" + context.iterationIndex();
    String pair = PAIRS.get(context.threadIndex() % PAIRS.size());

    client.request(requestId, pair);
    Quote quote =
        await()
            .atMost(quoteTimeout())
            // polled on this thread: Awaitility's own polling thread can outlive the await by a
            // moment, and the extension would report it as a thread the body left running
            .pollInSameThread()
            .pollInterval(Duration.ofMillis(10))
            .until(() -> client.collect(requestId), Optional::isPresent)
            .orElseThrow();

    assertThat(quote.requestId())
        .as("the request the collected quote answers")
        .isEqualTo(requestId);
    assertThat(quote).isEqualTo(new Quote(requestId, pair, QuoteService.RATES.get(pair)));
  }
}
