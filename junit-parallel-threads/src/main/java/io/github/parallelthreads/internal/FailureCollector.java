package io.github.parallelthreads.internal;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opentest4j.IncompleteExecutionException;

/**
 * Collects what went wrong in the threads of one run, grouping identical failures. Memory stays
 * bounded however many threads fail: past {@link #MAX_GROUPS} distinct failures, further ones are
 * only counted.
 */
final class FailureCollector {

  static final int MAX_GROUPS = 50;

  /** Frames of assertion libraries and of this extension say nothing about where a test failed. */
  private static final List<String> PLUMBING =
      List.of(
          "org.junit.",
          "org.opentest4j.",
          "org.assertj.",
          "org.hamcrest.",
          "io.github.parallelthreads.internal.",
          "java.lang.reflect.",
          "jdk.internal.");

  private final Outcomes failures = new Outcomes();
  private final Outcomes aborts = new Outcomes();
  private boolean sealed;

  synchronized void record(int thread, int iteration, Throwable throwable) {
    if (sealed) {
      return; // a worker abandoned after a timeout cannot change a result already reported
    }
    boolean aborted = throwable instanceof IncompleteExecutionException;
    (aborted ? aborts : failures).add(thread, iteration, throwable);
  }

  /** Ends collection: the result no longer changes once it is being reported. */
  synchronized void seal() {
    sealed = true;
  }

  synchronized Outcomes failures() {
    return failures;
  }

  synchronized Outcomes aborts() {
    return aborts;
  }

  /** Failures of one kind: failed or aborted. */
  static final class Outcomes {
    private final Map<String, FailureGroup> groups = new LinkedHashMap<>();
    private final BitSet threads = new BitSet();
    private final BitSet iterations = new BitSet();
    private long omitted;

    private void add(int thread, int iteration, Throwable throwable) {
      threads.set(thread);
      iterations.set(iteration);
      String frame = throwingFrame(throwable);
      String key = throwable.getClass().getName() + '\n' + throwable.getMessage() + '\n' + frame;
      FailureGroup group = groups.get(key);
      if (group == null && groups.size() < MAX_GROUPS) {
        group = new FailureGroup(throwable, frame);
        groups.put(key, group);
      }
      if (group == null) {
        omitted++;
      } else {
        group.add(thread, iteration);
      }
    }

    boolean isEmpty() {
      return threads.isEmpty();
    }

    BitSet threads() {
      return threads;
    }

    BitSet iterations() {
      return iterations;
    }

    Set<Map.Entry<String, FailureGroup>> groups() {
      return groups.entrySet();
    }

    /** Occurrences of distinct failures beyond {@link #MAX_GROUPS}, counted but not kept. */
    long omitted() {
      return omitted;
    }
  }

  private static String throwingFrame(Throwable throwable) {
    StackTraceElement[] trace = throwable.getStackTrace();
    for (StackTraceElement frame : trace) {
      if (PLUMBING.stream().noneMatch(frame.getClassName()::startsWith)) {
        return frame.toString();
      }
    }
    return trace.length > 0 ? trace[0].toString() : null;
  }
}
