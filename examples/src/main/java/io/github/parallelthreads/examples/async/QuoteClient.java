package io.github.parallelthreads.examples.async;

import java.util.Optional;

/** Asks a {@link QuoteService} for quotes and keeps them until the caller collects them. */
public interface QuoteClient {

  /**
   * Asks for a quote; it arrives later, on one of the service's threads.
   *
   * @param requestId the caller's id for the request, unique among requests in flight
   * @param pair the currency pair
   */
  void request(String requestId, String pair);

  /**
   * The quote for a request, once it has arrived.
   *
   * @param requestId the id given to {@link #request}
   * @return the quote, or empty if it has not arrived yet
   */
  Optional<Quote> collect(String requestId);
}
