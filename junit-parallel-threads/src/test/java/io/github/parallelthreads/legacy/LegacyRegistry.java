package io.github.parallelthreads.legacy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for a user's legacy package, listed as {@code io.github.parallelthreads.legacy.*} in
 * {@code junit.parallel.thread-unsafe-methods} by {@code CalledGlobalStateTests}.
 */
public final class LegacyRegistry {

  private static final Set<String> NAMES = ConcurrentHashMap.newKeySet();

  private LegacyRegistry() {}

  /** Registers a name; harmless in fact, thread-unsafe by configuration. */
  public static void register(String name) {
    NAMES.add(name);
  }
}
