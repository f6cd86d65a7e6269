package io.github.parallelthreads.examples.async;

import io.github.parallelthreads.Iterations;

// 5 iterations: each thread requests and collects 5 quotes, with the others' requests in flight
@Iterations(5)
class QuoteClientByRequestTest extends QuoteClientContract {

  @Override
  QuoteClient newClient(QuoteService service) {
    return new QuoteClientByRequest(service);
  }
}
