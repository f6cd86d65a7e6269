package io.github.parallelthreads.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The one definition of percentiles and medians every harness here reports: nearest-rank, so each
 * reported value is one that was measured, and the median of an even count is the lower middle.
 */
public final class NearestRank {

  private NearestRank() {}

  /** The index of the {@code percent} percentile, in (0, 100], among {@code size} sorted values. */
  public static int index(double percent, int size) {
    if (size == 0) {
      throw new IllegalArgumentException("no values");
    }
    int rank = (int) Math.ceil(percent / 100 * size);
    return Math.max(rank, 1) - 1;
  }

  /** The nearest-rank 50th percentile. */
  public static <T extends Comparable<? super T>> T median(Collection<T> values) {
    return percentile(values, 50);
  }

  /** The nearest-rank {@code percent} percentile, {@code percent} in (0, 100]. */
  public static <T extends Comparable<? super T>> T percentile(
      Collection<T> values, double percent) {
    List<T> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(index(percent, sorted.size()));
  }
}
