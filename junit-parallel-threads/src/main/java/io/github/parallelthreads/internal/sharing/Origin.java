package io.github.parallelthreads.internal.sharing;

import io.github.parallelthreads.internal.classfile.DeclaredField;
import java.util.List;

/**
 * Where a shared field is set before the threads start.
 *
 * @param where how a message says it, after "set": "by its initializer", "in the constructor", "in
 *     the static initializer", "in @BeforeEach prepare()"
 * @param kind what kind of code sets it
 * @param fromTempDirs the {@code @TempDir} fields that code reads, from which the value is likely
 *     made (such as a file in that directory)
 */
record Origin(String where, Kind kind, List<DeclaredField> fromTempDirs) {

  Origin {
    fromTempDirs = List.copyOf(fromTempDirs);
  }

  /** What kind of code sets the field, in the order they run for a test. */
  enum Kind {
    STATIC_INITIALIZER,
    BEFORE_ALL,
    INITIALIZER,
    CONSTRUCTOR,
    BEFORE_EACH,
    /** Written by every thread's per-thread set-up, on the one test instance they share. */
    BEFORE_EACH_THREAD;

    /** Set once for each test instance: every thread of that test sees the one object. */
    boolean perTestInstance() {
      return this == INITIALIZER || this == CONSTRUCTOR || this == BEFORE_EACH;
    }
  }

  /** "in @BeforeEach prepare() from @TempDir field dir", or just the place. */
  String describe() {
    if (fromTempDirs.isEmpty()) {
      return where;
    }
    List<String> names = fromTempDirs.stream().map(field -> field.field().name()).toList();
    return where
        + " from @TempDir "
        + (names.size() == 1 ? "field " : "fields ")
        + SharedState.and(names);
  }
}
