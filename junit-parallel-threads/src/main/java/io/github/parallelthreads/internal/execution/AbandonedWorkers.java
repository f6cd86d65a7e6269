package io.github.parallelthreads.internal.execution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The worker threads that parallel runs of this JVM gave up on and left running: a Java thread
 * cannot be stopped, so one that ignores its interrupt goes on, and what CPU it uses is taken from
 * the rest of the suite. The end-of-run summary lists those still running, with that cost.
 *
 * <p>Threads are held weakly: a worker that has ended is forgotten once it is collected.
 */
public final class AbandonedWorkers {

  private static final Map<Thread, Abandonment> ABANDONED =
      Collections.synchronizedMap(new WeakHashMap<>());

  private static long abandonments;

  private AbandonedWorkers() {}

  /** Records a worker left running, and why it was given up on ("when ..."). */
  static void add(Thread worker, String when) {
    synchronized (ABANDONED) {
      ABANDONED.put(
          worker,
          new Abandonment(++abandonments, when, System.nanoTime(), ThreadCpuTime.nanos(worker)));
    }
  }

  /**
   * How many workers have been abandoned so far: pass it to {@link #stillRunningSince(long)} to
   * learn of those abandoned later.
   */
  public static long mark() {
    synchronized (ABANDONED) {
      return abandonments;
    }
  }

  /**
   * The workers abandoned after the mark that are still running, in the order they were abandoned.
   *
   * @param mark a value of {@link #mark()}
   */
  public static List<StillRunning> stillRunningSince(long mark) {
    long now = System.nanoTime();
    List<Map.Entry<Thread, Abandonment>> later = new ArrayList<>();
    synchronized (ABANDONED) {
      for (Map.Entry<Thread, Abandonment> entry : ABANDONED.entrySet()) {
        if (entry.getValue().number() > mark && entry.getKey().isAlive()) {
          later.add(Map.entry(entry.getKey(), entry.getValue()));
        }
      }
    }
    later.sort(Comparator.comparingLong(entry -> entry.getValue().number()));
    List<StillRunning> stillRunning = new ArrayList<>();
    for (Map.Entry<Thread, Abandonment> entry : later) {
      Abandonment abandonment = entry.getValue();
      long cpu = ThreadCpuTime.nanos(entry.getKey());
      stillRunning.add(
          new StillRunning(
              entry.getKey().getName(),
              abandonment.when(),
              now - abandonment.at(),
              cpu < 0 || abandonment.cpuAt() < 0 ? -1 : cpu - abandonment.cpuAt()));
    }
    return stillRunning;
  }

  /**
   * A worker still running after it was abandoned.
   *
   * @param name the thread's name
   * @param when why it was given up on: "when the parallel run exceeded ..."
   * @param sinceNanos how long ago it was abandoned
   * @param cpuNanosSince the CPU time it used since then, or -1 if the JVM does not measure it
   */
  public record StillRunning(String name, String when, long sinceNanos, long cpuNanosSince) {}

  private record Abandonment(long number, String when, long at, long cpuAt) {}
}
