package io.github.parallelthreads.examples.async;

import java.util.Optional;

/**
 * The unsafe variant: one slot for the latest quote, written for a screen that asks for one quote
 * at a time.
 *
 * <p>With one request in flight, the quote in the slot can only be its answer, so {@link #collect}
 * does not look at the request id. With several callers, every delivery overwrites the slot: a
 * caller collects whichever quote arrived last, usually another caller's, and its own is lost. The
 * field is {@code volatile}, so every thread sees the latest write; that is no help when the latest
 * write is someone else's. See {@link QuoteClientByRequest} for the fix.
 */
public final class SingleSlotQuoteClient implements QuoteClient {

  private final QuoteService service;
  private volatile Quote latest;

  /**
   * A client of the given service.
   *
   * @param service where quotes come from
   */
  public SingleSlotQuoteClient(QuoteService service) {
    this.service = service;
  }

  @Override
  public void request(String requestId, String pair) {
    latest = null;
    service.fetch(requestId, pair, quote -> latest = quote);
  }

  @Override
  public Optional<Quote> collect(String requestId) {
    return Optional.ofNullable(latest); // the only request in flight: its quote
  }
}
