package io.github.parallelthreads.internal.sharing;

import io.github.parallelthreads.internal.classfile.ClassNames;
import io.github.parallelthreads.internal.classfile.DeclaredField;
import java.util.ArrayList;
import java.util.List;

/**
 * A field that every thread of a test reaches through the test itself.
 *
 * @param field the field and the class that declares it
 * @param writtenByThreads whether the code the threads run writes it
 * @param origins where it is set before the threads start, in the order that code runs
 */
record SharedField(DeclaredField field, boolean writtenByThreads, List<Origin> origins) {

  SharedField {
    origins = List.copyOf(origins);
  }

  boolean isTempDir() {
    return field.field().isAnnotated(FieldOrigins.TEMP_DIR);
  }

  /** An instance field that holds one object for the whole test: every thread uses that one. */
  boolean setOncePerTest() {
    return !field.field().isStatic()
        && !isTempDir()
        && origins.stream().anyMatch(origin -> origin.kind().perTestInstance());
  }

  /** A field every thread's per-thread set-up writes: the last write wins, for all threads. */
  boolean setByEveryThread() {
    return origins.stream().anyMatch(origin -> origin.kind() == Origin.Kind.BEFORE_EACH_THREAD);
  }

  /** The {@code @TempDir} fields whose one directory it is, or its value is made from. */
  List<DeclaredField> tempDirs() {
    if (isTempDir()) {
      return List.of(field);
    }
    List<DeclaredField> sources = new ArrayList<>();
    origins.forEach(
        origin ->
            origin.fromTempDirs().stream()
                .filter(source -> !sources.contains(source))
                .forEach(sources::add));
    return sources;
  }

  /**
   * How a message names it: {@code field ReportTest.writer (ReportWriter, set by its initializer)},
   * {@code @TempDir field ReportTest.dir (Path, one directory for all threads)}, {@code static
   * field Counters.count (int, written by the threads)}.
   */
  String describe() {
    StringBuilder text = new StringBuilder();
    for (String annotation : field.field().annotations()) {
      text.append('@').append(ClassNames.typeName(annotation)).append(' ');
    }
    text.append(field.field().isStatic() ? "static field " : "field ")
        .append(field.label())
        .append(" (")
        .append(ClassNames.typeName(field.field().descriptor()));
    if (isTempDir()) {
      text.append(", one directory for all threads");
    }
    if (!origins.isEmpty()) {
      text.append(", set ")
          .append(SharedState.and(origins.stream().map(Origin::describe).toList()));
    }
    if (writtenByThreads) {
      text.append(", written by the threads");
    }
    return text.append(')').toString();
  }
}
