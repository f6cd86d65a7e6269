package io.github.parallelthreads.examples.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The unsafe variant when shared: a {@code HashMap} of {@code ArrayList}s, filled with
 * check-then-put.
 *
 * <p>One caller at a time, it is right. When several threads register at once into the one registry
 * of the process, two of them can both find no list for an event type, both put a new list, and the
 * handler added to the list that lost is gone. Two threads adding to the same {@code ArrayList} can
 * also write the same slot, and one handler is lost again. No exception is thrown: an event later
 * reaches fewer handlers than were registered. See {@link ConcurrentHandlerRegistry} for the fix; a
 * registry that only one thread ever uses (one per caller) needs none.
 */
public final class HashMapHandlerRegistry implements HandlerRegistry {

  private final Map<String, List<Handler>> handlers = new HashMap<>();

  @Override
  public void register(String eventType, Handler handler) {
    List<Handler> forType = handlers.get(eventType);
    if (forType == null) { // check ...
      forType = new ArrayList<>();
      handlers.put(eventType, forType); // ... then put: may replace another thread's new list
    }
    forType.add(handler);
  }

  @Override
  public List<Handler> handlersFor(String eventType) {
    return List.copyOf(handlers.getOrDefault(eventType, List.of()));
  }
}
