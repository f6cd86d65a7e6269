package io.github.parallelthreads.examples.registry;

/** Reacts to one kind of event, for example by sending a mail when an order is placed. */
@FunctionalInterface
public interface Handler {

  /**
   * Handles one event.
   *
   * @param payload what the event carries, for example an order id
   */
  void handle(String payload);
}
