package io.github.parallelthreads.perturbation.scoped;

/** Code under test with exactly two noise points per {@link #hit()}: a read and a write. */
public final class Counter {

  private static int hits;

  private Counter() {}

  public static void hit() {
    hits++;
  }
}
