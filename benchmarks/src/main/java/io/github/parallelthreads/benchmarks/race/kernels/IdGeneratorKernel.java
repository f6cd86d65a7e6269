package io.github.parallelthreads.benchmarks.race.kernels;

import io.github.parallelthreads.benchmarks.race.Kernel;
import io.github.parallelthreads.benchmarks.race.RaceExposedError;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Lost update on a counter: {@code next++} is a read and a write, so two callers get one id. */
public final class IdGeneratorKernel extends Kernel<IdGeneratorKernel.Ids> {

  private static final int IDS_PER_EXECUTION = 20;

  /** The unsafe code: an id generator, and the ids it has handed out (to check uniqueness). */
  public static final class Ids {
    private int next;
    private final Set<Integer> issued = ConcurrentHashMap.newKeySet();

    int nextId() {
      return next++;
    }
  }

  public IdGeneratorKernel() {
    super("lost-update", "int counter, next++: two callers get the same id");
  }

  @Override
  protected Ids newState() {
    return new Ids();
  }

  @Override
  protected void exercise(Ids ids, int execution) {
    for (int i = 0; i < IDS_PER_EXECUTION; i++) {
      int id = ids.nextId();
      if (!ids.issued.add(id)) {
        throw new RaceExposedError("id " + id + " was issued twice");
      }
    }
  }
}
