package io.github.parallelthreads.benchmarks.race.kernels;

import io.github.parallelthreads.benchmarks.race.Kernel;
import io.github.parallelthreads.benchmarks.race.RaceExposedError;
import java.util.ArrayList;
import java.util.List;

/** Concurrent ArrayList mutation: two adds write the same slot, and one element is lost. */
public final class ArrayListAddKernel extends Kernel<List<Integer>> {

  private static final int ADDS_PER_EXECUTION = 24;

  public ArrayListAddKernel() {
    super("arraylist-add", "ArrayList.add from many threads: elements lost");
  }

  @Override
  protected List<Integer> newState() {
    return new ArrayList<>();
  }

  @Override
  protected void exercise(List<Integer> list, int execution) {
    int first = execution * ADDS_PER_EXECUTION;
    for (int value = first; value < first + ADDS_PER_EXECUTION; value++) {
      list.add(value);
    }
    for (int value = first; value < first + ADDS_PER_EXECUTION; value++) {
      if (!list.contains(value)) {
        throw new RaceExposedError("element " + value + " was lost");
      }
    }
  }
}
