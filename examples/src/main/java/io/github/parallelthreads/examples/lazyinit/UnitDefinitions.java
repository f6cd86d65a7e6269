package io.github.parallelthreads.examples.lazyinit;

import java.util.Map;

/** The units both tables know, put in one at a time, as a parser reading a file would. */
final class UnitDefinitions {

  private static final String[] PREFIXES = {"n", "µ", "m", "c", "d", "", "da", "h", "k", "M", "G"};
  private static final int[] EXPONENTS = {-9, -6, -3, -2, -1, 0, 1, 2, 3, 6, 9};

  private UnitDefinitions() {}

  static void fill(Map<String, Double> factors) {
    for (int i = 0; i < PREFIXES.length; i++) {
      factors.put(PREFIXES[i] + "m", Math.pow(10, EXPONENTS[i]));
    }
    factors.put("in", 0.0254);
    factors.put("ft", 0.3048);
    factors.put("yd", 0.9144);
    factors.put("mi", 1609.344);
    factors.put("nmi", 1852.0);
  }
}
