package io.github.parallelthreads.examples.async;

import java.math.BigDecimal;

/**
 * An exchange rate, as the answer to one request.
 *
 * @param requestId the request this quote answers
 * @param pair the currency pair, such as {@code EUR/USD}
 * @param rate units of the second currency for one unit of the first
 */
public record Quote(String requestId, String pair, BigDecimal rate) {}
