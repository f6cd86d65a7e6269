package io.github.parallelthreads.benchmarks.race.kernels;

import io.github.parallelthreads.benchmarks.race.Kernel;
import io.github.parallelthreads.benchmarks.race.RaceExposedError;
import java.util.HashMap;
import java.util.Map;

/** Concurrent HashMap mutation: puts that meet in a bucket or a resize lose entries. */
public final class HashMapPutKernel extends Kernel<Map<Integer, Integer>> {

  private static final int PUTS_PER_EXECUTION = 24;

  public HashMapPutKernel() {
    super("hashmap-put", "HashMap.put from many threads: entries lost");
  }

  @Override
  protected Map<Integer, Integer> newState() {
    return new HashMap<>();
  }

  @Override
  protected void exercise(Map<Integer, Integer> map, int execution) {
    int first = execution * PUTS_PER_EXECUTION;
    for (int key = first; key < first + PUTS_PER_EXECUTION; key++) {
      map.put(key, key);
    }
    for (int key = first; key < first + PUTS_PER_EXECUTION; key++) {
      if (!Integer.valueOf(key).equals(map.get(key))) {
        throw new RaceExposedError("entry " + key + " was lost");
      }
    }
  }
}
