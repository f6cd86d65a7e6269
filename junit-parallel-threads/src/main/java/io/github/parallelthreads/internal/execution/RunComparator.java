package io.github.parallelthreads.internal.execution;

import io.github.parallelthreads.ThreadComparator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.opentest4j.AssertionFailedError;

/**
 * The {@link ThreadComparator} of one parallel run. A round (one label, its n-th check in an
 * iteration) is complete when every thread has either checked it or finished the iteration, so a
 * thread that failed before the check never keeps the others waiting.
 */
public final class RunComparator {

  /** Used outside a parallel run: one thread always agrees with itself. */
  public static final ThreadComparator SINGLE_THREAD =
      new ThreadComparator() {
        @Override
        public <T> T check(String label, T value) {
          Objects.requireNonNull(label, "label must not be null");
          return value;
        }
      };

  private static final int MAX_VALUE_LENGTH = 200;

  private final int threads;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final int[] currentIteration;
  private final int[] finishedIteration;
  private final List<Map<String, Integer>> occurrences = new ArrayList<>();
  private final Map<RoundKey, Round> rounds = new HashMap<>();
  private int roundsIteration;
  private boolean cancelled;

  RunComparator(int threads) {
    this.threads = threads;
    this.currentIteration = new int[threads];
    this.finishedIteration = new int[threads];
    Arrays.fill(finishedIteration, -1);
    for (int i = 0; i < threads; i++) {
      occurrences.add(new HashMap<>());
    }
  }

  ThreadComparator forThread(int threadIndex) {
    return new ThreadComparator() {
      @Override
      public <T> T check(String label, T value) {
        compare(threadIndex, Objects.requireNonNull(label, "label must not be null"), value);
        return value;
      }
    };
  }

  void iterationStarted(int threadIndex, int iteration) {
    lock.lock();
    try {
      currentIteration[threadIndex] = iteration;
      occurrences.get(threadIndex).clear();
    } finally {
      lock.unlock();
    }
  }

  void iterationFinished(int threadIndex, int iteration) {
    lock.lock();
    try {
      finishedIteration[threadIndex] = iteration;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  void cancel() {
    lock.lock();
    try {
      cancelled = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void compare(int threadIndex, String label, Object value) {
    String disagreement;
    lock.lock();
    try {
      int iteration = currentIteration[threadIndex];
      int occurrence = occurrences.get(threadIndex).merge(label, 1, Integer::sum) - 1;
      if (iteration != roundsIteration) {
        // every thread has passed the start barrier, so the earlier iteration's rounds are done
        rounds.clear();
        roundsIteration = iteration;
      }
      Round round =
          rounds.computeIfAbsent(
              new RoundKey(label, occurrence), key -> new Round(threads, iteration));
      round.submit(threadIndex, value);
      changed.signalAll();
      while (!round.isComplete(finishedIteration)) {
        if (cancelled) {
          throw new RunCancelledException();
        }
        changed.awaitUninterruptibly();
      }
      disagreement = round.disagreement(label);
    } finally {
      lock.unlock();
    }
    if (disagreement != null) {
      throw new AssertionFailedError(disagreement);
    }
  }

  private record RoundKey(String label, int occurrence) {}

  /** The values the threads checked for one label in one iteration. */
  private static final class Round {
    private final int iteration;
    private final Object[] values;
    private final boolean[] submitted;

    Round(int threads, int iteration) {
      this.iteration = iteration;
      this.values = new Object[threads];
      this.submitted = new boolean[threads];
    }

    void submit(int threadIndex, Object value) {
      values[threadIndex] = value;
      submitted[threadIndex] = true;
    }

    boolean isComplete(int[] finishedIteration) {
      for (int i = 0; i < submitted.length; i++) {
        if (!submitted[i] && finishedIteration[i] < iteration) {
          return false;
        }
      }
      return true;
    }

    /** Describes the distinct values and the threads that checked each, or null if all agree. */
    String disagreement(String label) {
      List<Object> distinct = new ArrayList<>();
      List<List<Integer>> holders = new ArrayList<>();
      for (int i = 0; i < values.length; i++) {
        if (!submitted[i]) {
          continue;
        }
        int index = indexOf(distinct, values[i]);
        if (index < 0) {
          distinct.add(values[i]);
          holders.add(new ArrayList<>());
          index = distinct.size() - 1;
        }
        holders.get(index).add(i);
      }
      if (distinct.size() <= 1) {
        return null;
      }
      StringBuilder message =
          new StringBuilder("threads disagree on '")
              .append(label)
              .append("' in iteration ")
              .append(iteration)
              .append(':');
      for (int i = 0; i < distinct.size(); i++) {
        message
            .append("\n  ")
            .append(Indexes.describe("thread", holders.get(i)))
            .append(" computed ")
            .append(format(distinct.get(i)));
      }
      return message.toString();
    }

    private static int indexOf(List<Object> distinct, Object value) {
      for (int i = 0; i < distinct.size(); i++) {
        if (Objects.deepEquals(distinct.get(i), value)) {
          return i;
        }
      }
      return -1;
    }

    private static String format(Object value) {
      String text;
      if (value instanceof String string) {
        text = '"' + string + '"';
      } else {
        String wrapped = Arrays.deepToString(new Object[] {value}); // renders nested arrays too
        text = wrapped.substring(1, wrapped.length() - 1);
      }
      return text.length() <= MAX_VALUE_LENGTH
          ? text
          : text.substring(0, MAX_VALUE_LENGTH) + "... (" + text.length() + " characters)";
    }
  }
}
