/**
 * Failure class: asynchronous results delivered into shared state. {@link
 * io.github.parallelthreads.examples.async.QuoteService} fetches exchange-rate quotes on its own
 * threads and hands each to a callback; a {@link
 * io.github.parallelthreads.examples.async.QuoteClient} keeps what arrives until the caller
 * collects it. {@link io.github.parallelthreads.examples.async.SingleSlotQuoteClient} keeps one
 * quote, which is right for one caller and wrong for several: callers collect each other's quotes.
 * {@link io.github.parallelthreads.examples.async.QuoteClientByRequest} keeps every quote under its
 * request. The tests wait for results with Awaitility, with a bound, on every thread.
 */
package io.github.parallelthreads.examples.async;
