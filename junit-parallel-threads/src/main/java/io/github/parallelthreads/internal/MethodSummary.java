package io.github.parallelthreads.internal;

import java.util.List;

/**
 * What one method's class file says that matters for the "called" verdict: the calls it makes and
 * whether it is marked {@code @ThreadUnsafe}. The calls of the lambda bodies a method defines count
 * as its own, because they run as part of what the method sets up.
 *
 * <p>Compared by identity: the walker caches verdicts per summary, and each is made once.
 */
final class MethodSummary {

  private final String owner;
  private final String name;
  private final List<CallSite> calls;
  private final String threadUnsafeReason;

  /**
   * @param owner the internal name of the declaring class
   * @param name the method name
   * @param calls the distinct calls, in the order they first appear in the bytecode
   * @param threadUnsafeReason the {@code reason} of its {@code @ThreadUnsafe}, or null if it has
   *     none
   */
  MethodSummary(String owner, String name, List<CallSite> calls, String threadUnsafeReason) {
    this.owner = owner;
    this.name = name;
    this.calls = List.copyOf(calls);
    this.threadUnsafeReason = threadUnsafeReason;
  }

  List<CallSite> calls() {
    return calls;
  }

  /** The {@code reason} of its {@code @ThreadUnsafe} (maybe empty), or null if it has none. */
  String threadUnsafeReason() {
    return threadUnsafeReason;
  }

  /** How a path of calls names this method: {@code BannerPrinter#install()}. */
  String label() {
    String type = ClassNames.simpleName(owner);
    return name.equals("<init>") ? "new " + type + "()" : type + "#" + name + "()";
  }

  @Override
  public String toString() {
    return label();
  }
}
