package io.github.parallelthreads.perturbation.scoped;

import java.util.Map;

/**
 * Code under test whose only noise points are its calls into the JDK's {@code HashMap}: no field,
 * no array, no lock of its own, one point per {@link #fill} call of {@code put}.
 */
public final class MapFiller {

  private MapFiller() {}

  public static void fill(Map<Integer, Integer> map, int entries) {
    for (int key = 0; key < entries; key++) {
      map.put(key, key);
    }
  }
}
