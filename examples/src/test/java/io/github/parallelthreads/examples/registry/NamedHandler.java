package io.github.parallelthreads.examples.registry;

/**
 * A handler the tests can tell apart by name: equal when the names are equal, so any thread can say
 * which handlers it expects, and a failure message lists them readably.
 */
record NamedHandler(String name) implements Handler {

  @Override
  public void handle(String payload) {
    // the tests check registration, not what a handler does
  }
}
