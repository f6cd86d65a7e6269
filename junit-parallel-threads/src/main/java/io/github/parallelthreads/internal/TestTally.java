package io.github.parallelthreads.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * How many tests one summary line stands for, and the names of the first few: a reason that holds
 * back tens of thousands of tests must not keep tens of thousands of names.
 */
final class TestTally {

  private final int namesKept;
  private final List<String> firstNames = new ArrayList<>();
  private int count;

  TestTally(int namesKept) {
    this.namesKept = namesKept;
  }

  /** Counts one more test; its name is worked out only while names are still kept. */
  void add(Supplier<String> name) {
    count++;
    if (firstNames.size() < namesKept) {
      firstNames.add(name.get());
    }
  }

  int count() {
    return count;
  }

  List<String> firstNames() {
    return Collections.unmodifiableList(firstNames);
  }
}
