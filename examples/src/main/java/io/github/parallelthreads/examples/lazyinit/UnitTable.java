package io.github.parallelthreads.examples.lazyinit;

/** Conversion factors of length units to metres, built on first use because building costs. */
public interface UnitTable {

  /**
   * The factor that converts the unit to metres.
   *
   * @param unit a unit symbol such as {@code km}
   * @return the factor
   * @throws IllegalArgumentException if the unit is unknown
   */
  double toMetres(String unit);
}
