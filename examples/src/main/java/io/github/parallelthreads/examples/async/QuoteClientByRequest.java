package io.github.parallelthreads.examples.async;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The fixed variant: every quote is kept under its own request id until its caller collects it.
 *
 * <p>The service's threads put quotes in while callers take theirs out, so the map must be safe for
 * that: a {@link ConcurrentHashMap}, never a {@code HashMap}, which loses entries and can hand a
 * reader a half-resized table when written from several threads. Each caller sees only its own
 * quote, however many are in flight. An API that returns a {@code CompletableFuture<Quote>} per
 * request is the other common fix: the future is the caller's own slot.
 */
public final class QuoteClientByRequest implements QuoteClient {

  private final QuoteService service;
  private final ConcurrentMap<String, Quote> arrived = new ConcurrentHashMap<>();

  /**
   * A client of the given service.
   *
   * @param service where quotes come from
   */
  public QuoteClientByRequest(QuoteService service) {
    this.service = service;
  }

  @Override
  public void request(String requestId, String pair) {
    service.fetch(requestId, pair, quote -> arrived.put(quote.requestId(), quote));
  }

  @Override
  public Optional<Quote> collect(String requestId) {
    return Optional.ofNullable(arrived.remove(requestId)); // collected once, then forgotten
  }
}
