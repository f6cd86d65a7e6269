package io.github.parallelthreads.internal.detection;

import io.github.parallelthreads.internal.classfile.CallSite;
import io.github.parallelthreads.internal.classfile.ClassFileIndex;
import io.github.parallelthreads.internal.classfile.ClassNames;
import io.github.parallelthreads.internal.classfile.MethodSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Walks the calls of a test's methods, two levels down, for a call that makes the test
 * thread-unsafe: a {@link GlobalStateMutators known global-state mutator}, a method listed in
 * {@code junit.parallel.thread-unsafe-methods}, or a method annotated {@code @ThreadUnsafe}; and
 * for a method body that runs the heap out of memory on purpose (it catches {@code
 * OutOfMemoryError} or uses {@code OutOfMemoryError.class}, as {@code assertThrows} does).
 *
 * <p>Depth: the bodies of the starting methods (level 0), of the methods they call (level 1) and of
 * the methods those call (level 2) are read; the calls made at level 2 are checked, not followed.
 * Only {@link FollowedCode} is read.
 *
 * <p>Order: the nearest call wins, that is, the one with the fewest methods on its path (a
 * breadth-first search), because the shortest chain explains the verdict best. Among calls equally
 * deep, the first wins: starting methods in the order given, then calls in bytecode order.
 *
 * <p>Verdicts are cached per method, per number of levels still to read below it, and per list of
 * thread-unsafe methods, so the lifecycle methods and helpers that many tests share are walked
 * once.
 */
final class CallGraphWalker {

  /** How many levels of callees below a starting method have their bodies read. */
  static final int LEVELS_BELOW_START = 2;

  /**
   * Why a body that expects the heap to run out is thread-unsafe: the heap is shared, so threads
   * that exhaust it at once fail at each other's allocations, and in code that expects none.
   */
  private static final String EXHAUSTS_MEMORY =
      "runs the shared heap out of memory on purpose, which threads cannot do side by side";

  private final ClassFileIndex index;
  private final ConcurrentMap<VerdictKey, Optional<CallFinding>> verdicts =
      new ConcurrentHashMap<>();

  /** A method compares by identity, which is what a verdict is cached for. */
  private record VerdictKey(
      MethodSummary method, int levelsBelow, List<MethodPattern> threadUnsafeMethods) {}

  CallGraphWalker(ClassFileIndex index) {
    this.index = index;
  }

  ClassFileIndex index() {
    return index;
  }

  /**
   * The nearest thread-unsafe call made by the starting methods or their callees, or empty.
   *
   * @param starts the starting methods in the order they run; null entries (class files that could
   *     not be read) are passed over
   * @param threadUnsafeMethods the entries of {@code junit.parallel.thread-unsafe-methods}
   */
  Optional<CallFinding> nearestUnsafeCall(
      List<MethodSummary> starts, List<MethodPattern> threadUnsafeMethods) {
    return Optional.ofNullable(nearestAmong(starts, LEVELS_BELOW_START, threadUnsafeMethods));
  }

  /** The finding with the shortest path among the methods' verdicts, the first on a tie. */
  private CallFinding nearestAmong(
      List<MethodSummary> methods, int levelsBelow, List<MethodPattern> threadUnsafeMethods) {
    CallFinding nearest = null;
    for (MethodSummary method : methods) {
      CallFinding found =
          method == null ? null : verdict(method, levelsBelow, threadUnsafeMethods).orElse(null);
      if (found != null && (nearest == null || found.depth() < nearest.depth())) {
        nearest = found;
        if (nearest.depth() == 1) {
          break; // a call the method makes itself: nothing can be nearer
        }
      }
    }
    return nearest;
  }

  private Optional<CallFinding> verdict(
      MethodSummary method, int levelsBelow, List<MethodPattern> threadUnsafeMethods) {
    VerdictKey key = new VerdictKey(method, levelsBelow, threadUnsafeMethods);
    Optional<CallFinding> known = verdicts.get(key);
    if (known == null) {
      // not computeIfAbsent: the walk recurses into this map; a duplicate walk is harmless
      known = walk(method, levelsBelow, threadUnsafeMethods);
      verdicts.putIfAbsent(key, known);
    }
    return known;
  }

  private Optional<CallFinding> walk(
      MethodSummary method, int levelsBelow, List<MethodPattern> threadUnsafeMethods) {
    if (method.memoryExhaustion() != null) {
      // the method's own body is nearer than any call it makes
      return Optional.of(
          CallFinding.body(method.memoryExhaustion(), EXHAUSTS_MEMORY, method.label()));
    }
    List<MethodSummary> callees = new ArrayList<>();
    for (CallSite call : method.calls()) {
      MethodSummary callee =
          FollowedCode.contains(call.owner()) ? index.resolve(call, FollowedCode::contains) : null;
      String why = whyUnsafe(call, callee, threadUnsafeMethods);
      if (why != null) {
        // a call the method makes itself is nearer than anything its callees make
        return Optional.of(CallFinding.call(call, why, method.label()));
      }
      if (callee != null && levelsBelow > 0) {
        callees.add(callee);
      }
    }
    CallFinding nearest = nearestAmong(callees, levelsBelow - 1, threadUnsafeMethods);
    return Optional.ofNullable(nearest).map(found -> found.calledFrom(method.label()));
  }

  private static String whyUnsafe(
      CallSite call, MethodSummary callee, List<MethodPattern> threadUnsafeMethods) {
    if (GlobalStateMutators.contains(call.owner(), call.name())) {
      return "changes JVM-global state";
    }
    if (!threadUnsafeMethods.isEmpty()) {
      String owner = ClassNames.dotted(call.owner());
      for (MethodPattern pattern : threadUnsafeMethods) {
        if (pattern.matches(owner, call.name())) {
          return "listed in junit.parallel.thread-unsafe-methods as " + pattern;
        }
      }
    }
    if (callee != null && callee.threadUnsafeReason() != null) {
      String reason = callee.threadUnsafeReason();
      return reason.isBlank() ? "annotated @ThreadUnsafe" : "annotated @ThreadUnsafe: " + reason;
    }
    return null;
  }
}
