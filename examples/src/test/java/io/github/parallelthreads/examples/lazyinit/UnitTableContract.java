package io.github.parallelthreads.examples.lazyinit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parallelthreads.ParallelThreads;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The test every {@link UnitTable} must pass, on 8 threads released together. JUnit makes a new
 * test instance, so a new table, for each repetition, and the 8 threads of a repetition share it:
 * their first calls race to build it, 50 times per run.
 */
abstract class UnitTableContract {

  private final UnitTable table = newTable();

  abstract UnitTable newTable();

  @ParallelThreads(8)
  @RepeatedTest(50)
  void convertsEveryKnownUnitOnFirstUse() {
    assertThat(table.toMetres("km")).isEqualTo(1000.0);
    assertThat(table.toMetres("mi")).isEqualTo(1609.344);
  }
}
