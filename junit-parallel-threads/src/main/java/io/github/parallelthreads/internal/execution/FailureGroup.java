package io.github.parallelthreads.internal.execution;

import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * Identical failures (same type, message and throwing frame) across threads and iterations: the
 * first one, kept with its stack trace, and where the others occurred.
 */
final class FailureGroup {

  /** Threads whose iterations are listed one by one; the rest are only counted. */
  private static final int MAX_THREADS_LISTED = 64;

  private final Throwable first;
  private final String throwingFrame;
  private final String hook;
  private final Map<Integer, BitSet> iterationsByThread = new TreeMap<>();
  private final BitSet threadsNotListed = new BitSet();
  private long occurrences;
  private long firstOccurrence = Long.MAX_VALUE;

  /**
   * @param hook the per-thread set-up or tear-down that threw, or null for the body
   */
  FailureGroup(Throwable first, String throwingFrame, String hook) {
    this.first = first;
    this.throwingFrame = throwingFrame;
    this.hook = hook;
  }

  void add(int thread, int iteration) {
    occurrences++;
    firstOccurrence = Math.min(firstOccurrence, ((long) iteration << 32) | thread);
    BitSet iterations = iterationsByThread.get(thread);
    if (iterations == null && iterationsByThread.size() < MAX_THREADS_LISTED) {
      iterations = new BitSet();
      iterationsByThread.put(thread, iterations);
    }
    if (iterations != null) {
      iterations.set(iteration);
    } else {
      threadsNotListed.set(thread);
    }
  }

  /**
   * Orders groups by where they first occurred, iteration then thread, so that a report does not
   * depend on which thread happened to fail first.
   */
  long firstOccurrence() {
    return firstOccurrence;
  }

  Throwable first() {
    return first;
  }

  /** Lines that say what failed, where it was thrown, and on which threads and iterations. */
  String describe(int iterationCount) {
    StringBuilder text = new StringBuilder(first.toString());
    if (first.getMessage() == null && first.getCause() != null) {
      // such as ExceptionInInitializerError, whose own text says nothing of what went wrong
      text.append(" (caused by ").append(first.getCause()).append(')');
    }
    if (hook != null) {
      text.append("\n      in ").append(hook);
    }
    if (throwingFrame != null) {
      text.append("\n      at ").append(throwingFrame);
    }
    text.append("\n      ").append(occurrences == 1 ? "once" : occurrences + " times").append(": ");
    if (iterationCount == 1 || hook != null) { // a hook runs once per thread, in no iteration
      BitSet threads = new BitSet();
      iterationsByThread.keySet().forEach(threads::set);
      text.append(Indexes.describe("thread", threads));
    } else {
      String separator = "";
      for (Map.Entry<Integer, BitSet> entry : iterationsByThread.entrySet()) {
        text.append(separator)
            .append("thread ")
            .append(entry.getKey())
            .append(" (")
            .append(Indexes.describe("iteration", entry.getValue()))
            .append(')');
        separator = "; ";
      }
    }
    int notListed = threadsNotListed.cardinality();
    if (notListed > 0) {
      text.append("; ")
          .append(notListed)
          .append(notListed == 1 ? " further thread" : " further threads")
          .append(" not listed");
    }
    return text.toString();
  }
}
