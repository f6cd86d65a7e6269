package io.github.parallelthreads.benchmarks.race.kernels;

import io.github.parallelthreads.benchmarks.race.Kernel;
import io.github.parallelthreads.benchmarks.race.RaceExposedError;

/**
 * A racy one-entry cache: key and value are two fields written one after the other, so a reader can
 * pair one caller's key with another caller's value.
 */
public final class RacyCacheKernel extends Kernel<RacyCacheKernel.SquareCache> {

  private static final int LOOKUPS_PER_EXECUTION = 16;

  /** The unsafe code: remembers the last square it computed. */
  public static final class SquareCache {
    private int lastKey = -1;
    private long lastValue;

    long square(int key) {
      if (key == lastKey) {
        return lastValue;
      }
      long value = (long) key * key;
      lastKey = key;
      lastValue = value;
      return value;
    }
  }

  public RacyCacheKernel() {
    super("racy-cache", "two-field memo cache: key of one call, value of another");
  }

  @Override
  protected SquareCache newState() {
    return new SquareCache();
  }

  @Override
  protected void exercise(SquareCache cache, int execution) {
    for (int i = 0; i < LOOKUPS_PER_EXECUTION; i++) {
      // few distinct keys, so callers keep replacing each other's entry
      int key = (execution + i) % 3;
      long square = cache.square(key);
      if (square != (long) key * key) {
        throw new RaceExposedError("square(" + key + ") returned " + square);
      }
    }
  }
}
