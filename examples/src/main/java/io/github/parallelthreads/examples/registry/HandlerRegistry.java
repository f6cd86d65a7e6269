package io.github.parallelthreads.examples.registry;

import java.util.List;

/** The handlers registered for each event type, in the order they were registered. */
public interface HandlerRegistry {

  /**
   * Adds a handler for an event type; a type may have any number of handlers.
   *
   * @param eventType the event type, such as {@code order-placed}
   * @param handler the handler
   */
  void register(String eventType, Handler handler);

  /**
   * The handlers registered for an event type so far.
   *
   * @param eventType the event type
   * @return an unmodifiable snapshot, empty if the type has no handler
   */
  List<Handler> handlersFor(String eventType);
}
