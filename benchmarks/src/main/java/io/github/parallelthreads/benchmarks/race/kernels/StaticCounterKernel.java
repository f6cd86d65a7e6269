package io.github.parallelthreads.benchmarks.race.kernels;

import io.github.parallelthreads.benchmarks.race.Kernel;
import io.github.parallelthreads.benchmarks.race.RaceExposedError;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plainest lost update: one {@code count++} on a static {@code int} per execution, a single
 * read-modify-write with a window of a few instructions.
 *
 * <p>An update is lost exactly when two callers read the same value, so the check is that no value
 * is read twice among the executions that share one state object; those are the bodies of one
 * release of the threads, which are the ones that overlap.
 */
public final class StaticCounterKernel extends Kernel<StaticCounterKernel.Reads> {

  /** The unsafe code. */
  private static int count;

  /** The values the executions sharing this object read, to see one read twice. */
  public static final class Reads {
    private final Set<Integer> seen = ConcurrentHashMap.newKeySet();
  }

  public StaticCounterKernel() {
    super("static-count", "static int, one count++ per execution: an update lost");
  }

  @Override
  protected Reads newState() {
    return new Reads();
  }

  @Override
  protected void exercise(Reads reads, int execution) {
    int read = count++;
    if (!reads.seen.add(read)) {
      throw new RaceExposedError("two callers read count = " + read + ": an update was lost");
    }
  }
}
