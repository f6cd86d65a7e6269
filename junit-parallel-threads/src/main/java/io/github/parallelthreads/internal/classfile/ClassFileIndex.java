package io.github.parallelthreads.internal.classfile;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;

/**
 * The class files one class loader sees, each parsed once, on first use, and kept as a {@link
 * ClassSummary}. A class without a readable class file (none on the class path, a version too new
 * for ASM, a corrupt file) is remembered as unreadable, and its methods are not followed.
 *
 * <p>A class file that is there but cannot be read loses detection, so it is not passed over in
 * silence: it is recorded, once, as an {@link UnreadableClass}, for the thread whose lookup read it
 * to {@linkplain #drainUnreadable() drain} and report. A class with no class file at all is not
 * recorded: there was nothing to read.
 *
 * <p>Holds the loader weakly and no {@link Class} at all, so that keeping an index does not keep a
 * finished run's classes loaded.
 */
public final class ClassFileIndex {

  private final WeakReference<ClassLoader> loader;
  private final ConcurrentMap<String, Optional<ClassSummary>> classes = new ConcurrentHashMap<>();

  /** Unreadable classes not yet drained, each with the thread whose lookup read it. */
  private final Queue<Unread> unread = new ConcurrentLinkedQueue<>();

  private record Unread(Thread reader, UnreadableClass what) {}

  public ClassFileIndex(ClassLoader loader) {
    this.loader = new WeakReference<>(loader);
  }

  /** The method declared in that class, or null if the class or the method cannot be read. */
  public MethodSummary declared(String owner, String name, String descriptor) {
    return summary(owner).map(type -> type.declared(name, descriptor)).orElse(null);
  }

  /**
   * The method a call runs, looked up as the JVM would for a call that names {@code call.owner()}:
   * declared there, else inherited from a superclass, else a default method of an interface. Only
   * classes that {@code followed} accepts are read; null if the method is not found in them.
   */
  public MethodSummary resolve(CallSite call, Predicate<String> followed) {
    List<String> interfaces = new ArrayList<>();
    for (String type = call.owner(); type != null && followed.test(type); ) {
      ClassSummary summary = summary(type).orElse(null);
      if (summary == null) {
        return null;
      }
      MethodSummary method = summary.declared(call.name(), call.descriptor());
      if (method != null) {
        return method;
      }
      interfaces.addAll(summary.interfaces());
      type = summary.superName();
    }
    Deque<String> queue = new ArrayDeque<>(interfaces);
    Set<String> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      String type = queue.poll();
      ClassSummary summary =
          seen.add(type) && followed.test(type) ? summary(type).orElse(null) : null;
      if (summary != null) {
        MethodSummary method = summary.declared(call.name(), call.descriptor());
        if (method != null) {
          return method;
        }
        queue.addAll(summary.interfaces());
      }
    }
    return null;
  }

  /**
   * The classes whose class files this thread's lookups found unreadable since it last asked, in
   * the order it met them. Each class is read once, so each is returned once, to one thread.
   */
  public List<UnreadableClass> drainUnreadable() {
    if (unread.isEmpty()) {
      return List.of(); // nearly always: asked after every test's detection
    }
    List<UnreadableClass> drained = new ArrayList<>();
    for (Iterator<Unread> pending = unread.iterator(); pending.hasNext(); ) {
      Unread next = pending.next();
      if (next.reader() == Thread.currentThread()) {
        pending.remove();
        drained.add(next.what());
      }
    }
    return drained;
  }

  private Optional<ClassSummary> summary(String internalName) {
    Optional<ClassSummary> known = classes.get(internalName);
    // the plain read first: after warm-up every lookup is a hit, and needs no lock
    return known != null ? known : classes.computeIfAbsent(internalName, this::read);
  }

  private Optional<ClassSummary> read(String internalName) {
    ClassLoader source = loader.get();
    if (source == null) {
      return Optional.empty();
    }
    try (InputStream in = source.getResourceAsStream(internalName + ".class")) {
      return in == null ? Optional.empty() : Optional.of(ClassFileParser.parse(in.readAllBytes()));
    } catch (IOException | RuntimeException unreadable) {
      // not following a method only loses a chance to detect; a crash would lose the test run
      unread.add(
          new Unread(
              Thread.currentThread(),
              new UnreadableClass(ClassNames.dotted(internalName), unreadable.toString())));
      return Optional.empty();
    }
  }
}
