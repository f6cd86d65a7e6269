package io.github.parallelthreads.benchmarks.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the generated {@code CallingNN} tests call: two levels of ordinary code, none of it
 * thread-unsafe.
 */
final class Helpers {

  private Helpers() {}

  static int levelOne(int value) {
    List<String> parts = new ArrayList<>();
    parts.add(String.valueOf(value));
    return levelTwo(parts);
  }

  static int levelTwo(List<String> parts) {
    String joined = String.join(",", parts).toLowerCase(Locale.ROOT);
    return Integer.parseInt(joined.isEmpty() ? "0" : joined);
  }
}
