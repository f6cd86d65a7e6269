package io.github.parallelthreads.internal.sharing;

import io.github.parallelthreads.internal.classfile.CallSite;
import io.github.parallelthreads.internal.classfile.FieldAccess;
import io.github.parallelthreads.internal.classfile.MethodSummary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The field accesses of some starting methods and of the test code they call, two levels down as
 * the thread-unsafe detection walks: the bodies of the starting methods, of the test-code methods
 * they call, and of the test-code methods those call are read. Code outside the test ({@link
 * TestCode}) is not read: what it shares is the code under test's, or the JVM's.
 */
final class AccessWalk {

  /** How many levels of callees below a starting method have their bodies read. */
  static final int LEVELS_BELOW_START = 2;

  private AccessWalk() {}

  /**
   * The distinct accesses, in the order first met: the starting methods in the order given, then
   * their callees level by level.
   *
   * @param starts the starting methods; null entries (unreadable class files) are passed over
   */
  static List<FieldAccess> of(List<MethodSummary> starts, TestCode code) {
    Set<MethodSummary> read = new LinkedHashSet<>();
    List<MethodSummary> level = new ArrayList<>();
    starts.stream().filter(start -> start != null && read.add(start)).forEach(level::add);
    for (int depth = 0; depth < LEVELS_BELOW_START && !level.isEmpty(); depth++) {
      List<MethodSummary> next = new ArrayList<>();
      for (MethodSummary method : level) {
        for (CallSite call : method.calls()) {
          MethodSummary callee = code.contains(call.owner()) ? code.resolve(call) : null;
          if (callee != null && read.add(callee)) {
            next.add(callee);
          }
        }
      }
      level = next;
    }
    Set<FieldAccess> accesses = new LinkedHashSet<>();
    read.forEach(method -> accesses.addAll(method.fieldAccesses()));
    return new ArrayList<>(accesses);
  }
}
