package io.github.parallelthreads.examples.registry;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The fixed variant: a {@code ConcurrentHashMap} that creates each event type's list atomically,
 * and lists that take concurrent adds.
 *
 * <p>{@code computeIfAbsent} creates the list at most once per type, and every caller gets that
 * list; a {@code CopyOnWriteArrayList} suits a registry, written a few times at start-up and read
 * on every event, and its snapshot never changes under a reader.
 */
public final class ConcurrentHandlerRegistry implements HandlerRegistry {

  private final Map<String, List<Handler>> handlers = new ConcurrentHashMap<>();

  @Override
  public void register(String eventType, Handler handler) {
    handlers.computeIfAbsent(eventType, type -> new CopyOnWriteArrayList<>()).add(handler);
  }

  @Override
  public List<Handler> handlersFor(String eventType) {
    return List.copyOf(handlers.getOrDefault(eventType, List.of()));
  }
}
