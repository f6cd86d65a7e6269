package io.github.parallelthreads.benchmarks.barrier;

import java.util.Arrays;

/**
 * How much short bodies overlap once a gate releases them: every thread records when its body
 * starts and ends (a busy loop of a fixed length, standing for a short test body), and each round
 * yields two fractions:
 *
 * <ul>
 *   <li><b>all</b>: the time during which all N bodies were in progress at once, over the mean body
 *       length of the round;
 *   <li><b>two or more</b>: the time during which at least two bodies were in progress, over the
 *       time during which at least one was.
 * </ul>
 *
 * <p>"In progress" is between the two clock readings: a thread the scheduler took off its core
 * mid-body still counts, so on 2 cores "all" for N above 2 is an upper bound of real overlap.
 */
final class OverlapMeasurement {

  /** Mean fractions over all rounds, in percent. */
  record Overlap(double allPercent, double twoOrMorePercent) {}

  private OverlapMeasurement() {}

  /** Fresh threads per round, one pass each: a test without {@code @Iterations}. */
  static Overlap freshThreads(GateKind kind, int threads, long bodyNanos, int rounds)
      throws InterruptedException {
    double all = 0;
    double twoOrMore = 0;
    for (int round = 0; round < rounds; round++) {
      long[] starts = new long[threads];
      long[] ends = new long[threads];
      GatedThreads.run(
          kind,
          threads,
          1,
          (index, gate) -> {
            gate.pass(0);
            starts[index] = System.nanoTime();
            ends[index] = busyUntil(starts[index] + bodyNanos);
          });
      all += allFraction(starts, ends);
      twoOrMore += twoOrMoreFraction(starts, ends);
    }
    return new Overlap(100 * all / rounds, 100 * twoOrMore / rounds);
  }

  /** The same threads pass the gate before every round: {@code @Iterations}. */
  static Overlap sameThreads(GateKind kind, int threads, long bodyNanos, int rounds)
      throws InterruptedException {
    long[][] starts = new long[threads][rounds];
    long[][] ends = new long[threads][rounds];
    GatedThreads.run(
        kind,
        threads,
        rounds,
        (index, gate) -> {
          long[] myStarts = starts[index];
          long[] myEnds = ends[index];
          for (int round = 0; round < rounds; round++) {
            gate.pass(round);
            myStarts[round] = System.nanoTime();
            myEnds[round] = busyUntil(myStarts[round] + bodyNanos);
          }
        });
    double all = 0;
    double twoOrMore = 0;
    long[] roundStarts = new long[threads];
    long[] roundEnds = new long[threads];
    for (int round = 0; round < rounds; round++) {
      for (int thread = 0; thread < threads; thread++) {
        roundStarts[thread] = starts[thread][round];
        roundEnds[thread] = ends[thread][round];
      }
      all += allFraction(roundStarts, roundEnds);
      twoOrMore += twoOrMoreFraction(roundStarts, roundEnds);
    }
    return new Overlap(100 * all / rounds, 100 * twoOrMore / rounds);
  }

  /** The body: work of a fixed length, returning the clock reading that ended it. */
  private static long busyUntil(long deadline) {
    long now;
    do {
      Thread.onSpinWait();
      now = System.nanoTime();
    } while (now < deadline);
    return now;
  }

  private static double allFraction(long[] starts, long[] ends) {
    long latestStart = Long.MIN_VALUE;
    long earliestEnd = Long.MAX_VALUE;
    long total = 0;
    for (int i = 0; i < starts.length; i++) {
      latestStart = Math.max(latestStart, starts[i]);
      earliestEnd = Math.min(earliestEnd, ends[i]);
      total += ends[i] - starts[i];
    }
    double meanLength = (double) total / starts.length;
    return Math.max(0, earliestEnd - latestStart) / meanLength;
  }

  /** Sweeps the 2N start and end events in time order, counting bodies in progress. */
  private static double twoOrMoreFraction(long[] starts, long[] ends) {
    int n = starts.length;
    long origin = Arrays.stream(starts).min().orElseThrow();
    long[] events = new long[2 * n];
    for (int i = 0; i < n; i++) {
      // the lowest bit tells a start (1) from an end (0); at a tie the end sorts first
      events[2 * i] = ((starts[i] - origin) << 1) | 1;
      events[2 * i + 1] = (ends[i] - origin) << 1;
    }
    Arrays.sort(events);
    int inProgress = 0;
    long busy = 0;
    long overlapped = 0;
    long previous = events[0] >> 1;
    for (long event : events) {
      long time = event >> 1;
      if (inProgress >= 1) {
        busy += time - previous;
      }
      if (inProgress >= 2) {
        overlapped += time - previous;
      }
      inProgress += (event & 1) == 1 ? 1 : -1;
      previous = time;
    }
    return busy == 0 ? 0 : (double) overlapped / busy;
  }
}
