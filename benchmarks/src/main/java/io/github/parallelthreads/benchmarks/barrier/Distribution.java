package io.github.parallelthreads.benchmarks.barrier;

import io.github.parallelthreads.benchmarks.NearestRank;
import java.util.Arrays;
import java.util.List;

/** Percentiles of a set of durations measured in nanoseconds. */
final class Distribution {

  private final long[] sorted;

  private Distribution(long[] sorted) {
    this.sorted = sorted;
  }

  static Distribution of(List<long[]> parts) {
    long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    if (all.length == 0) {
      throw new IllegalArgumentException("no measurements");
    }
    return new Distribution(all);
  }

  int size() {
    return sorted.length;
  }

  /** The nearest-rank percentile, {@code percent} in (0, 100]. */
  long percentile(double percent) {
    return sorted[NearestRank.index(percent, sorted.length)];
  }
}
