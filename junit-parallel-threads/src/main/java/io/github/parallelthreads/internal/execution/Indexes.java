package io.github.parallelthreads.internal.execution;

import java.util.BitSet;
import java.util.Collection;

/** Formats sets of thread or iteration indexes compactly: "threads 0-3, 7". */
final class Indexes {

  /** Ranges listed before the rest is summarised, so a flood of failures stays readable. */
  private static final int MAX_RANGES = 12;

  private Indexes() {}

  static String describe(String noun, Collection<Integer> indexes) {
    BitSet bits = new BitSet();
    indexes.forEach(bits::set);
    return describe(noun, bits);
  }

  static String describe(String noun, BitSet indexes) {
    return (indexes.cardinality() == 1 ? noun : noun + "s") + " " + ranges(indexes);
  }

  static String ranges(BitSet indexes) {
    StringBuilder text = new StringBuilder();
    int listed = 0;
    int start = indexes.nextSetBit(0);
    while (start >= 0) {
      int end = indexes.nextClearBit(start) - 1;
      if (listed == MAX_RANGES) {
        int rest = indexes.get(start, indexes.length()).cardinality();
        text.append(" and ").append(rest).append(" more");
        break;
      }
      text.append(listed == 0 ? "" : ", ").append(start);
      if (end > start) {
        text.append(end == start + 1 ? ", " : "-").append(end);
      }
      listed++;
      start = indexes.nextSetBit(end + 1);
    }
    return text.toString();
  }
}
