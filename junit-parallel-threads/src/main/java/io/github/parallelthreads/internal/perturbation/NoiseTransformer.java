package io.github.parallelthreads.internal.perturbation;

import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The agent's transformer: while no scope is active it returns every class as it is, at the cost of
 * one check, so that with perturbation off nothing is instrumented even with the agent present.
 * While scopes are active it puts noise points into the classes they cover, and remembers which, so
 * that they can be put back.
 */
final class NoiseTransformer implements ClassFileTransformer {

  private final List<Scope> active = new CopyOnWriteArrayList<>();

  /** The classes instrumented, by defining loader; guarded by itself. */
  private final Map<ClassLoader, Set<String>> instrumented = new WeakHashMap<>();

  /** Whether a loader resolves {@link Noise} to this very class; guarded by itself. */
  private final Map<ClassLoader, Boolean> seesNoise = new WeakHashMap<>();

  @Override
  public byte[] transform(
      ClassLoader loader,
      String className,
      Class<?> classBeingRedefined,
      ProtectionDomain domain,
      byte[] classFile) {
    if (active.isEmpty() || !covered(loader, className, domain) || !seesNoise(loader)) {
      return null;
    }
    try {
      byte[] withNoise = NoiseInserter.instrument(classFile);
      if (withNoise != null) {
        synchronized (instrumented) {
          instrumented.computeIfAbsent(loader, key -> new HashSet<>()).add(className);
        }
      }
      return withNoise;
    } catch (RuntimeException cannotInstrument) {
      // a class file ASM cannot read or write (too new, a method near 64 KB) runs undisturbed
      return null;
    }
  }

  void activate(Scope scope) {
    active.add(scope);
  }

  void deactivate(Scope scope) {
    active.remove(scope);
  }

  boolean covered(ClassLoader loader, String className, ProtectionDomain domain) {
    for (Scope scope : active) {
      if (scope.covers(loader, className, domain)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the class was instrumented and not yet put back. */
  boolean isInstrumented(Class<?> type) {
    synchronized (instrumented) {
      Set<String> names = instrumented.get(type.getClassLoader());
      return names != null && names.contains(type.getName().replace('.', '/'));
    }
  }

  /** Forgets what was instrumented, before the classes are put back. */
  void forgetInstrumented() {
    synchronized (instrumented) {
      instrumented.clear();
    }
  }

  int instrumentedCount() {
    synchronized (instrumented) {
      return instrumented.values().stream().mapToInt(Set::size).sum();
    }
  }

  /**
   * A class whose loader finds another copy of the library, or none, would fail calling the noise
   * point: such a class stays as it is.
   */
  private boolean seesNoise(ClassLoader loader) {
    synchronized (seesNoise) {
      return seesNoise.computeIfAbsent(loader, NoiseTransformer::resolvesNoise);
    }
  }

  private static boolean resolvesNoise(ClassLoader loader) {
    try {
      return Class.forName(Noise.class.getName(), false, loader) == Noise.class;
    } catch (ClassNotFoundException | LinkageError notVisible) {
      return false;
    }
  }
}
