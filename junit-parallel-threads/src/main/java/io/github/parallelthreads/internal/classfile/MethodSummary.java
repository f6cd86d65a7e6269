package io.github.parallelthreads.internal.classfile;

import java.util.List;

/**
 * What one method's class file says that matters for the "called" verdict: the calls it makes,
 * whether it is marked {@code @ThreadUnsafe}, and whether it expects to run out of memory; and,
 * when the index reads them, the fields it reads and writes. What the lambda bodies a method
 * defines do counts as its own, because they run as part of what the method sets up.
 *
 * <p>Compared by identity: the walker caches verdicts per summary, and each is made once.
 */
public final class MethodSummary {

  private final String owner;
  private final String name;
  private final List<CallSite> calls;
  private final String threadUnsafeReason;
  private final String memoryExhaustion;
  private final List<FieldAccess> fieldAccesses;
  private final boolean bridge;

  /**
   * @param owner the internal name of the declaring class
   * @param name the method name
   * @param calls the distinct calls, in the order they first appear in the bytecode
   * @param threadUnsafeReason the {@code reason} of its {@code @ThreadUnsafe}, or null if it has
   *     none
   * @param memoryExhaustion what in its body shows that it runs the heap out of memory on purpose,
   *     such as "catches OutOfMemoryError", or null
   * @param fieldAccesses the distinct field reads and writes, in the order they first appear in the
   *     bytecode; empty when the index does not read them
   * @param bridge whether javac wrote it to forward a call to the method that overrides with a
   *     narrower return or parameter type
   */
  MethodSummary(
      String owner,
      String name,
      List<CallSite> calls,
      String threadUnsafeReason,
      String memoryExhaustion,
      List<FieldAccess> fieldAccesses,
      boolean bridge) {
    this.owner = owner;
    this.name = name;
    this.calls = List.copyOf(calls);
    this.threadUnsafeReason = threadUnsafeReason;
    this.memoryExhaustion = memoryExhaustion;
    this.fieldAccesses = List.copyOf(fieldAccesses);
    this.bridge = bridge;
  }

  /** The internal name of the declaring class. */
  public String owner() {
    return owner;
  }

  public String name() {
    return name;
  }

  public List<CallSite> calls() {
    return calls;
  }

  /** The {@code reason} of its {@code @ThreadUnsafe} (maybe empty), or null if it has none. */
  public String threadUnsafeReason() {
    return threadUnsafeReason;
  }

  /**
   * What in its body, or in the bodies of the lambdas it defines, shows that it runs the heap out
   * of memory on purpose, such as "catches OutOfMemoryError"; null if nothing does.
   */
  public String memoryExhaustion() {
    return memoryExhaustion;
  }

  /**
   * The fields it reads and writes, lambda bodies included; empty unless the index was made {@link
   * ClassFileIndex#withFieldAccesses with field accesses}.
   */
  public List<FieldAccess> fieldAccesses() {
    return fieldAccesses;
  }

  /**
   * Whether javac wrote it to forward to an override with a narrower type ({@code Iterator
   * makeObject()} calling {@code ListIterator makeObject()}): its one call is the method that runs.
   */
  public boolean isBridge() {
    return bridge;
  }

  /** How a path of calls names this method: {@code BannerPrinter#install()}. */
  public String label() {
    String type = ClassNames.simpleName(owner);
    return name.equals("<init>") ? "new " + type + "()" : type + "#" + name + "()";
  }

  @Override
  public String toString() {
    return label();
  }
}
