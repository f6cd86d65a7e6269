package io.github.parallelthreads.examples.lazyinit;

import java.util.HashMap;
import java.util.Map;

/**
 * The fixed variant: the map is built completely in a local variable, then published once through a
 * {@code volatile} field, under a lock so that it is built only once.
 *
 * <p>Readers that find the field set see a complete, never again modified map: the {@code volatile}
 * write happens after the last {@code put}, and a read of the field sees everything written before
 * that write. For a table shared by the whole JVM, the simpler fix is the holder idiom: a nested
 * class with a {@code static final} field, which the JVM initialises exactly once on first use.
 */
public final class OnceOnlyUnitTable implements UnitTable {

  private volatile Map<String, Double> factors;

  @Override
  public double toMetres(String unit) {
    Double factor = factors().get(unit);
    if (factor == null) {
      throw new IllegalArgumentException("unknown unit: " + unit);
    }
    return factor;
  }

  private Map<String, Double> factors() {
    Map<String, Double> built = factors;
    if (built == null) {
      synchronized (this) {
        built = factors;
        if (built == null) {
          Map<String, Double> building = new HashMap<>();
          UnitDefinitions.fill(building);
          built = Map.copyOf(building);
          factors = built; // published only now, complete and unmodifiable
        }
      }
    }
    return built;
  }
}
