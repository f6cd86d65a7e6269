package io.github.parallelthreads.internal.execution;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many iterations each thread of a run ran, and how long the run took: what a run under a time
 * budget reports, since nobody knew the count in advance.
 */
public final class IterationsRun {

  /** A report entry's value: "41230 per thread in 2.0s" or "17 to 18 per thread in 300.1s". */
  private static final Pattern REPORTED = Pattern.compile("(\\d+)(?: to (\\d+))? per thread in .*");

  /** Distinct counts listed one by one in a message; a cut-short run rarely has more than two. */
  private static final int MAX_COUNTS_LISTED = 4;

  private final int[] perThread;
  private final long elapsedNanos;

  IterationsRun(int[] perThread, long elapsedNanos) {
    this.perThread = perThread.clone();
    this.elapsedNanos = elapsedNanos;
  }

  /** The fewest iterations a thread ran. */
  public int fewest() {
    return Arrays.stream(perThread).min().orElse(0);
  }

  /** The most iterations a thread ran. */
  public int most() {
    return Arrays.stream(perThread).max().orElse(0);
  }

  /** The value of the report entry: "41230 per thread in 2.0s". */
  public String reportValue() {
    return range() + " per thread in " + Durations.measured(elapsedNanos);
  }

  /**
   * The fewest and the most iterations per thread a report entry's value says.
   *
   * @return {fewest, most}, or null if the value is not one {@link #reportValue()} writes
   */
  public static int[] parseReportValue(String value) {
    Matcher matcher = REPORTED.matcher(value);
    if (!matcher.matches()) {
      return null;
    }
    int fewest = Integer.parseInt(matcher.group(1));
    int most = matcher.group(2) == null ? fewest : Integer.parseInt(matcher.group(2));
    return new int[] {fewest, most};
  }

  /**
   * The sentence of a failure's message: "Iterated for 30s: each of the 8 threads ran 3 iterations,
   * in 12ms; no thread starts an iteration after one failed."
   */
  String sentence(IterationPolicy policy) {
    StringBuilder text =
        new StringBuilder("Iterated for ").append(Durations.format(policy.budget())).append(": ");
    if (fewest() == most()) {
      text.append(
              perThread.length == 1 ? "the thread" : "each of the " + perThread.length + " threads")
          .append(" ran ")
          .append(iterations(fewest()));
    } else {
      text.append("the ")
          .append(perThread.length)
          .append(" threads ran ")
          .append(range())
          .append(" iterations (");
      appendCounts(text);
      text.append(')');
    }
    return text.append(", in ")
        .append(Durations.measured(elapsedNanos))
        .append("; no thread starts an iteration after one failed.")
        .toString();
  }

  /** Most first: "18 on threads 0-2, 4-7; 17 on thread 3". */
  private void appendCounts(StringBuilder text) {
    Map<Integer, BitSet> threadsByCount = new TreeMap<>((a, b) -> Integer.compare(b, a));
    for (int thread = 0; thread < perThread.length; thread++) {
      threadsByCount.computeIfAbsent(perThread[thread], count -> new BitSet()).set(thread);
    }
    String separator = "";
    int listed = 0;
    for (Map.Entry<Integer, BitSet> count : threadsByCount.entrySet()) {
      if (listed++ == MAX_COUNTS_LISTED) {
        text.append("; ...");
        break;
      }
      text.append(separator)
          .append(count.getKey())
          .append(" on ")
          .append(Indexes.describe("thread", count.getValue()));
      separator = "; ";
    }
  }

  private String range() {
    return fewest() == most() ? String.valueOf(fewest()) : fewest() + " to " + most();
  }

  private static String iterations(int count) {
    return count + (count == 1 ? " iteration" : " iterations");
  }
}
