package io.github.parallelthreads.internal.sharing;

import io.github.parallelthreads.internal.classfile.DeclaredField;
import java.util.ArrayList;
import java.util.List;

/** What the threads of a test shared through the test itself, and what to do about it. */
public final class SharedState {

  /** What {@link #describe()} says when the threads shared nothing through the test. */
  public static final String NOTHING = "nothing";

  /** How many fields a message names; a test that shares more is rarely helped by the rest. */
  static final int MAX_NAMED = 10;

  /** The threads shared nothing through the test. */
  public static final SharedState NONE = new SharedState(List.of());

  private final List<SharedField> fields;

  SharedState(List<SharedField> fields) {
    this.fields = List.copyOf(fields);
  }

  /** Whether the threads shared nothing through the test. */
  public boolean isNothing() {
    return fields.isEmpty();
  }

  /**
   * The fields, each with its type and where it was set, such as {@code field ReportTest.writer
   * (ReportWriter, set by its initializer); static field Counters.count (int, written by the
   * threads)}; or {@value #NOTHING}.
   */
  public String describe() {
    if (fields.isEmpty()) {
      return NOTHING;
    }
    List<String> named = new ArrayList<>();
    fields.stream().limit(MAX_NAMED).forEach(field -> named.add(field.describe()));
    if (fields.size() > MAX_NAMED) {
      named.add("and " + (fields.size() - MAX_NAMED) + " more");
    }
    return String.join("; ", named);
  }

  /** Lines that say how to give every thread its own, where that is clear; maybe none. */
  public List<String> nextSteps() {
    List<String> steps = new ArrayList<>();
    List<String> tempDirs = new ArrayList<>();
    List<String> setOnce = new ArrayList<>();
    List<String> setByEveryThread = new ArrayList<>();
    for (SharedField field : fields) {
      if (field.setByEveryThread()) {
        setByEveryThread.add(field.field().field().name());
      }
      for (DeclaredField tempDir : field.tempDirs()) {
        if (!tempDirs.contains(tempDir.field().name())) {
          tempDirs.add(tempDir.field().name());
        }
      }
      if (field.setOncePerTest() && field.tempDirs().isEmpty()) {
        setOnce.add(field.field().field().name());
      }
    }
    if (!tempDirs.isEmpty()) {
      steps.add(
          "Next step: declare a @TempDir parameter on the test method instead of the @TempDir "
              + (tempDirs.size() == 1 ? "field " : "fields ")
              + and(tempDirs)
              + ": a parameter is a separate directory for every thread.");
    }
    if (!setOnce.isEmpty()) {
      steps.add(
          "Next step: build what "
              + (setOnce.size() == 1 ? "field " : "fields ")
              + and(setOnce)
              + (setOnce.size() == 1 ? " holds" : " hold")
              + " in the test body instead of once for the test, unless "
              + (setOnce.size() == 1 ? "it is" : "they are")
              + " meant to be used by several threads at once: then every thread has its own.");
    }
    if (!setByEveryThread.isEmpty()) {
      boolean one = setByEveryThread.size() == 1;
      steps.add(
          "Next step: keep what "
              + (one ? "field " : "fields ")
              + and(setByEveryThread)
              + (one ? " holds" : " hold")
              + " per thread, in a ThreadLocal or an array indexed by"
              + " ParallelContext.threadIndex(): every thread's @BeforeEachThread writes the one "
              + (one ? "field" : "fields")
              + ", and the last write wins.");
    }
    return steps;
  }

  /** "a", "a and b", "a, b and c". */
  static String and(List<String> names) {
    if (names.size() < 2) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }
}
