package io.github.parallelthreads.examples.async;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Fetches exchange-rate quotes in the background and delivers each to a callback, on one of the
 * service's own threads. The rates come from a fixed table here; a real service would ask a
 * market-data server.
 *
 * <p>Close the service when done: {@link #close()} stops its threads and waits for them.
 */
public final class QuoteService implements AutoCloseable {

  /** The pairs this service quotes, with their rates. */
  public static final Map<String, BigDecimal> RATES =
      Map.of(
          "EUR/USD", new BigDecimal("1.0842"),
          "GBP/USD", new BigDecimal("1.2711"),
          "USD/JPY", new BigDecimal("151.37"),
          "USD/CHF", new BigDecimal("0.9043"),
          "AUD/USD", new BigDecimal("0.6518"),
          "USD/CAD", new BigDecimal("1.3596"),
          "NZD/USD", new BigDecimal("0.5969"),
          "EUR/GBP", new BigDecimal("0.8530"));

  private final ExecutorService executor;

  /**
   * Starts a service with the given number of threads.
   *
   * @param threads how many quotes may be fetched at once; at least 1
   */
  public QuoteService(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.executor = Executors.newFixedThreadPool(threads, new ServiceThreads());
  }

  /**
   * Fetches a quote in the background.
   *
   * @param requestId the caller's id for this request, returned in the quote
   * @param pair a pair listed in {@link #RATES}
   * @param onQuote called with the quote, on one of the service's threads
   * @throws IllegalArgumentException if the pair is not quoted
   */
  public void fetch(String requestId, String pair, Consumer<Quote> onQuote) {
    BigDecimal rate = RATES.get(pair);
    if (rate == null) {
      throw new IllegalArgumentException(
          "no quotes for " + pair + "; quoted pairs: " + RATES.keySet());
    }
    executor.execute(() -> onQuote.accept(new Quote(requestId, pair, rate)));
  }

  /** Stops the service's threads, letting fetches in progress finish, and waits for them. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException interrupted) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Named threads that belong to the thread group of whoever created the service, as with {@link
   * Executors#defaultThreadFactory()}, not to that of whichever thread happens to make the first
   * fetch.
   */
  private static final class ServiceThreads implements ThreadFactory {

    private final ThreadGroup group = Thread.currentThread().getThreadGroup();
    private final AtomicInteger created = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(group, task, "quote-service-" + created.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
