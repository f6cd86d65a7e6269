package io.github.parallelthreads.internal.classfile;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.net.URL;
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
  private final boolean withFieldAccesses;
  private final ConcurrentMap<String, Optional<ClassSummary>> classes = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Optional<String>> classPathEntries =
      new ConcurrentHashMap<>();

  /** Unreadable classes not yet drained, each with the thread whose lookup read it. */
  private final Queue<Unread> unread = new ConcurrentLinkedQueue<>();

  private record Unread(Thread reader, UnreadableClass what) {}

  /** An index of the methods' calls, which the thread-unsafe verdicts read. */
  public ClassFileIndex(ClassLoader loader) {
    this(loader, false);
  }

  private ClassFileIndex(ClassLoader loader, boolean withFieldAccesses) {
    this.loader = new WeakReference<>(loader);
    this.withFieldAccesses = withFieldAccesses;
  }

  /**
   * An index that also reads the declared fields and every method's field reads and writes: more to
   * read and keep per class, which only the analysis of a failed test needs.
   */
  public static ClassFileIndex withFieldAccesses(ClassLoader loader) {
    return new ClassFileIndex(loader, true);
  }

  /** The method declared in that class, or null if the class or the method cannot be read. */
  public MethodSummary declared(String owner, String name, String descriptor) {
    return summary(owner).map(type -> type.declared(name, descriptor)).orElse(null);
  }

  /** The methods declared in that class with that name, any descriptor: its constructors, say. */
  public List<MethodSummary> declaredNamed(String owner, String name) {
    List<MethodSummary> named = new ArrayList<>();
    summary(owner)
        .ifPresent(
            type ->
                type.methods().values().stream()
                    .filter(method -> method.name().equals(name))
                    .forEach(named::add));
    return named;
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

  /**
   * The field that an access naming {@code owner} and {@code name} reaches, looked up as the JVM
   * does: declared in that class, else in its interfaces, else in its superclasses. Null if it is
   * not found in the classes that can be read, or if the index does not read fields.
   */
  public DeclaredField field(String owner, String name) {
    Deque<String> queue = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    for (String type = owner; type != null; ) {
      ClassSummary summary = summary(type).orElse(null);
      if (summary == null) {
        return null;
      }
      FieldSummary field = summary.fields().get(name);
      if (field != null) {
        return new DeclaredField(type, field);
      }
      // a static field of an interface, such as a constant holder's
      queue.addAll(summary.interfaces());
      while (!queue.isEmpty()) {
        String face = queue.poll();
        ClassSummary faceSummary = seen.add(face) ? summary(face).orElse(null) : null;
        if (faceSummary != null) {
          FieldSummary constant = faceSummary.fields().get(name);
          if (constant != null) {
            return new DeclaredField(face, constant);
          }
          queue.addAll(faceSummary.interfaces());
        }
      }
      type = summary.superName();
    }
    return null;
  }

  /**
   * The class-path entry the loader reads the class file from: the directory or jar that holds it,
   * such as {@code file:/work/app/target/test-classes/}; null if the loader has no such class file.
   * Classes with the same entry were built together, such as a test and its test helpers.
   */
  public String classPathEntry(String internalName) {
    return classPathEntries.computeIfAbsent(internalName, this::locate).orElse(null);
  }

  private Optional<String> locate(String internalName) {
    ClassLoader source = loader.get();
    String resource = internalName + ".class";
    URL url = source == null ? null : source.getResource(resource);
    if (url == null) {
      return Optional.empty();
    }
    String location = url.toString();
    return Optional.of(
        location.endsWith(resource)
            ? location.substring(0, location.length() - resource.length())
            : location);
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
      return in == null
          ? Optional.empty()
          : Optional.of(ClassFileParser.parse(in.readAllBytes(), withFieldAccesses));
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
