package io.github.parallelthreads.benchmarks.race.kernels;

import io.github.parallelthreads.benchmarks.race.Kernel;
import io.github.parallelthreads.benchmarks.race.RaceExposedError;
import java.util.ArrayList;
import java.util.List;

/**
 * Unsafe publication: the shared field is set before the object behind it is filled in, so another
 * caller sees a half-built object (by program order, so it shows on any hardware).
 */
public final class HalfBuiltPublicationKernel extends Kernel<HalfBuiltPublicationKernel.Table> {

  private static final int ROWS = 16;

  /** The unsafe code: a lookup table published first and filled afterwards. */
  public static final class Table {
    private List<String> rows;

    List<String> rows() {
      if (rows == null) {
        rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
          rows.add("row-" + i);
        }
      }
      return rows;
    }
  }

  public HalfBuiltPublicationKernel() {
    super("unsafe-publication", "field published before the object is filled in");
  }

  @Override
  protected Table newState() {
    return new Table();
  }

  @Override
  protected void exercise(Table table, int execution) {
    int seen = table.rows().size();
    if (seen != ROWS) {
      throw new RaceExposedError("saw a table with " + seen + " of " + ROWS + " rows");
    }
  }
}
