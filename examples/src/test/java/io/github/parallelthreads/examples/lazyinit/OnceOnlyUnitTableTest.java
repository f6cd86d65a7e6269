package io.github.parallelthreads.examples.lazyinit;

class OnceOnlyUnitTableTest extends UnitTableContract {

  @Override
  UnitTable newTable() {
    return new OnceOnlyUnitTable();
  }
}
