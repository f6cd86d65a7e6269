package io.github.parallelthreads.internal.execution;

import io.github.parallelthreads.WorkerStillRunningException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opentest4j.IncompleteExecutionException;

/**
 * Collects what went wrong in the threads of one run, grouping identical failures. Memory stays
 * bounded however many threads fail: past {@link #MAX_GROUPS} distinct failures, further ones are
 * only counted.
 */
public final class FailureCollector {

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

  /** Where a hung worker waits is best told by its innermost frame outside the JDK. */
  private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.");

  private final Outcomes failures = new Outcomes();
  private final Outcomes aborts = new Outcomes();
  private final Set<String> notes = new LinkedHashSet<>();
  private boolean acceptingWorkers = true;
  private volatile boolean anyFailure; // read without the lock, once per iteration of a budget

  /**
   * Records what a worker's body threw, unless the run is over for the workers.
   *
   * @return whether it was recorded
   */
  synchronized boolean record(int thread, int iteration, Throwable throwable) {
    if (acceptingWorkers) {
      recordAlways(thread, iteration, throwable);
    }
    return acceptingWorkers;
  }

  /**
   * Records what the run itself found, such as a worker still running at the timeout: it counts
   * even after {@link #stopAcceptingWorkers()}.
   */
  synchronized void recordAlways(int thread, int iteration, Throwable throwable) {
    recordAlways(thread, iteration, null, throwable);
  }

  /**
   * Records what a worker's per-thread set-up or tear-down threw, unless the run is over for the
   * workers.
   *
   * @param iteration the thread's first iteration for a set-up, its last for a tear-down: where the
   *     failure sorts among the others
   */
  synchronized void recordHook(int thread, int iteration, ThreadHook hook, Throwable throwable) {
    if (acceptingWorkers) {
      recordAlways(thread, iteration, hook, throwable);
    }
  }

  private void recordAlways(int thread, int iteration, ThreadHook hook, Throwable throwable) {
    boolean aborted = throwable instanceof IncompleteExecutionException;
    (aborted ? aborts : failures).add(thread, iteration, hook, throwable);
    anyFailure |= !aborted;
  }

  /** Whether a failure, not an abort, has been recorded: what stops a run with a time budget. */
  boolean hasFailures() {
    return anyFailure;
  }

  /**
   * Ignores what workers throw from now on: once a run is cut short, their interrupted bodies throw
   * only because of the cut, and a worker abandoned later cannot change a reported result.
   */
  synchronized void stopAcceptingWorkers() {
    acceptingWorkers = false;
  }

  /**
   * Notes a sentence about how the run was watched, such as a limit of the deadlock watch, for the
   * message of a failed run: it is no failure of its own.
   */
  synchronized void note(String sentence) {
    notes.add(sentence);
  }

  synchronized List<String> notes() {
    return List.copyOf(notes);
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
    private final EnumSet<ThreadHook.Phase> hookPhases = EnumSet.noneOf(ThreadHook.Phase.class);
    private long omitted;
    private boolean cutShort;

    /** Records a failure of the body (hook null) or of a per-thread hook. */
    private void add(int thread, int iteration, ThreadHook hook, Throwable throwable) {
      cutShort |= throwable instanceof WorkerStillRunningException;
      threads.set(thread);
      if (hook == null) {
        iterations.set(iteration);
      } else {
        hookPhases.add(hook.phase());
      }
      String frame = throwingFrame(throwable);
      String where = hook == null ? null : hook.name();
      String key =
          throwable.getClass().getName()
              + '\n'
              + throwable.getMessage()
              + '\n'
              + frame
              + '\n'
              + where;
      FailureGroup group = groups.get(key);
      if (group == null && groups.size() < MAX_GROUPS) {
        group = new FailureGroup(throwable, frame, where);
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

    /** The iterations in which a body failed; failures of per-thread hooks are not among them. */
    BitSet iterations() {
      return iterations;
    }

    /** The phases of the per-thread hooks that failed, set-up first. */
    EnumSet<ThreadHook.Phase> hookPhases() {
      return hookPhases;
    }

    /** The distinct failures, ordered by where they first occurred. */
    List<FailureGroup> groups() {
      List<FailureGroup> ordered = new ArrayList<>(groups.values());
      ordered.sort(Comparator.comparingLong(FailureGroup::firstOccurrence));
      return ordered;
    }

    /** Whether the run was cut short with workers still running. */
    boolean cutShort() {
      return cutShort;
    }

    /** Occurrences of distinct failures beyond {@link #MAX_GROUPS}, counted but not kept. */
    long omitted() {
      return omitted;
    }
  }

  private static String throwingFrame(Throwable throwable) {
    StackTraceElement[] trace = throwable.getStackTrace();
    boolean skipJdk = throwable instanceof WorkerStillRunningException;
    for (StackTraceElement frame : trace) {
      String type = frame.getClassName();
      if (PLUMBING.stream().noneMatch(type::startsWith)
          && !(skipJdk && JDK.stream().anyMatch(type::startsWith))) {
        return format(frame);
      }
    }
    return trace.length > 0 ? format(trace[0]) : null;
  }

  /** Like {@link StackTraceElement#toString()}, without class loader and module names. */
  static String format(StackTraceElement frame) {
    String location =
        frame.getFileName() == null
            ? "Unknown Source"
            : frame.getLineNumber() >= 0
                ? frame.getFileName() + ":" + frame.getLineNumber()
                : frame.getFileName();
    return frame.getClassName() + "." + frame.getMethodName() + "(" + location + ")";
  }
}
