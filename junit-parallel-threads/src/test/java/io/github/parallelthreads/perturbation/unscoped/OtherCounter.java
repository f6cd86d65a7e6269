package io.github.parallelthreads.perturbation.unscoped;

/** Code outside the named scope, with noise points if it were instrumented. */
public final class OtherCounter {

  private static int hits;

  private OtherCounter() {}

  public static void hit() {
    hits++;
  }
}
