package io.github.parallelthreads.examples.lazyinit;

import java.util.HashMap;
import java.util.Map;

/**
 * The unsafe variant: check-then-act lazy initialisation that publishes a half-built map.
 *
 * <p>{@link #toMetres} checks whether the map exists and, if not, creates it, stores it in the
 * field, then fills it. On one thread that is always right. On several threads two things go wrong:
 * two threads can both see {@code null} and both build a map; and, worse, a thread that arrives
 * while another is filling the map finds the field already set and reads a map that is still
 * missing entries (or is being resized under it), so a known unit is reported unknown. See {@link
 * OnceOnlyUnitTable} for the fix.
 */
public final class CheckThenActUnitTable implements UnitTable {

  private Map<String, Double> factors;

  @Override
  public double toMetres(String unit) {
    if (factors == null) { // check ...
      factors = new HashMap<>(); // ... then act: published here, before it is filled
      UnitDefinitions.fill(factors);
    }
    Double factor = factors.get(unit);
    if (factor == null) {
      throw new IllegalArgumentException("unknown unit: " + unit);
    }
    return factor;
  }
}
