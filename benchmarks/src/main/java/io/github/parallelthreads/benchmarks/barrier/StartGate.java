package io.github.parallelthreads.benchmarks.barrier;

/** A start gate under comparison: every party passes it once per round, released together. */
@FunctionalInterface
interface StartGate {

  /** Waits until every party has arrived for {@code round}, then returns. */
  void pass(int round) throws Exception;
}
