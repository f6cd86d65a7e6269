package io.github.parallelthreads.benchmarks.barrier;

/**
 * Measures, round by round, the spread between the first and the last thread leaving a start gate:
 * every thread reads {@link System#nanoTime()} as its first action after the gate, and the spread
 * of a round is the latest reading minus the earliest.
 */
final class SpreadMeasurement {

  private SpreadMeasurement() {}

  /**
   * Every round on fresh threads that pass the gate once, as the extension runs a test by default
   * (one iteration): the threads arrive staggered by their own start-up.
   */
  static long[] freshThreads(GateKind kind, int threads, int rounds) throws InterruptedException {
    long[] spreads = new long[rounds];
    for (int round = 0; round < rounds; round++) {
      long[] passedAt = new long[threads];
      GatedThreads.run(
          kind,
          threads,
          1,
          (index, gate) -> {
            gate.pass(0);
            passedAt[index] = System.nanoTime();
          });
      spreads[round] = spread(passedAt);
    }
    return spreads;
  }

  /**
   * All rounds on the same threads, which pass the gate again as soon as they are through, as the
   * extension runs {@code @Iterations} of an empty body: the threads arrive close together.
   */
  static long[] sameThreads(GateKind kind, int threads, int rounds) throws InterruptedException {
    // one array per thread, so no thread writes next to another's readings
    long[][] passedAt = new long[threads][rounds];
    GatedThreads.run(
        kind,
        threads,
        rounds,
        (index, gate) -> {
          long[] mine = passedAt[index];
          for (int round = 0; round < rounds; round++) {
            gate.pass(round);
            mine[round] = System.nanoTime();
          }
        });
    long[] spreads = new long[rounds];
    long[] oneRound = new long[threads];
    for (int round = 0; round < rounds; round++) {
      for (int thread = 0; thread < threads; thread++) {
        oneRound[thread] = passedAt[thread][round];
      }
      spreads[round] = spread(oneRound);
    }
    return spreads;
  }

  private static long spread(long[] readings) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long reading : readings) {
      min = Math.min(min, reading);
      max = Math.max(max, reading);
    }
    return max - min;
  }
}
