package io.github.parallelthreads.benchmarks.race.kernels;

import io.github.parallelthreads.benchmarks.race.Kernel;
import io.github.parallelthreads.benchmarks.race.RaceExposedError;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Lost update on a counter: {@code next++} is a read and a write, so two callers get one id. */
public final class IdGeneratorKernel extends Kernel<IdGeneratorKernel.Ids> {

  private static final int IDS_PER_EXECUTION = 20;

  /** The unsafe code: an id generator, and the ids it has handed out (to check uniqueness). */
  public static class Ids {
    private int next;
    private final Set<Integer> issued = ConcurrentHashMap.newKeySet();

    int nextId() {
      return next++;
    }
  }

  /** The same generator made safe. */
  private static final class SynchronizedIds extends Ids {
    @Override
    synchronized int nextId() {
      return super.nextId();
    }
  }

  private final Supplier<Ids> factory;

  public IdGeneratorKernel() {
    this("lost-update", "int counter, next++: two callers get the same id", Ids::new);
  }

  private IdGeneratorKernel(String name, String race, Supplier<Ids> factory) {
    super(name, race);
    this.factory = factory;
  }

  /**
   * Not a race: the generator with a {@code synchronized} {@code nextId()}. Its check cannot fail,
   * so every trial runs its whole budget: what perturbation costs per execution (field accesses and
   * a monitor per id), apart from when a race happens to be found.
   */
  public static IdGeneratorKernel synchronizedControl(String name) {
    return new IdGeneratorKernel(
        name, "no race: the generator with synchronized next++", SynchronizedIds::new);
  }

  @Override
  protected Ids newState() {
    return factory.get();
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
