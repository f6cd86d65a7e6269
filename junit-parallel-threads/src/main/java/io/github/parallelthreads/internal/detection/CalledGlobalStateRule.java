package io.github.parallelthreads.internal.detection;

import io.github.parallelthreads.AfterEachThread;
import io.github.parallelthreads.BeforeEachThread;
import io.github.parallelthreads.internal.classfile.ClassFileIndex;
import io.github.parallelthreads.internal.classfile.MethodSummary;
import io.github.parallelthreads.internal.classfile.UnreadableClass;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * Finds tests whose code calls a method that changes JVM-global state, by reading the class files
 * of the test and of the methods it calls.
 *
 * <p>The code read starts at the methods that run around each execution of the body: the
 * {@code @BeforeEach} and {@code @BeforeEachThread} methods, the test method, the
 * {@code @AfterEachThread} and {@code @AfterEach} methods, in the order they run; {@link
 * CallGraphWalker} follows their calls two levels down. A per-thread hook that replaces {@code
 * System.out} does so on every thread, as the body would.
 */
final class CalledGlobalStateRule {

  /** A walker per class loader, with its parsed classes and verdicts; gone with the loader. */
  private static final Map<ClassLoader, CallGraphWalker> WALKERS =
      Collections.synchronizedMap(new WeakHashMap<>());

  private static final ClassValue<List<Method>> BEFORE_EACH =
      lifecycleMethods(BeforeEach.class, HierarchyTraversalMode.TOP_DOWN);
  private static final ClassValue<List<Method>> AFTER_EACH =
      lifecycleMethods(AfterEach.class, HierarchyTraversalMode.BOTTOM_UP);
  private static final ClassValue<List<Method>> BEFORE_EACH_THREAD =
      lifecycleMethods(BeforeEachThread.class, HierarchyTraversalMode.TOP_DOWN);
  private static final ClassValue<List<Method>> AFTER_EACH_THREAD =
      lifecycleMethods(AfterEachThread.class, HierarchyTraversalMode.BOTTOM_UP);

  /**
   * Why the test is thread-unsafe by what it calls, or empty.
   *
   * @param elements the test method and its classes
   * @param threadUnsafeMethods the patterns of {@code junit.parallel.thread-unsafe-methods}
   */
  Optional<String> reasonFor(TestElements elements, List<MethodPattern> threadUnsafeMethods) {
    Method testMethod = elements.method();
    if (testMethod == null) {
      return Optional.empty();
    }
    List<Class<?>> classes = elements.classesOutermostFirst();
    // an enclosing class's @BeforeEach runs first, its @AfterEach last
    List<Method> starts = new ArrayList<>();
    classes.forEach(type -> starts.addAll(BEFORE_EACH.get(type)));
    classes.forEach(type -> starts.addAll(BEFORE_EACH_THREAD.get(type)));
    starts.add(testMethod);
    for (int i = classes.size() - 1; i >= 0; i--) {
      starts.addAll(AFTER_EACH_THREAD.get(classes.get(i)));
    }
    for (int i = classes.size() - 1; i >= 0; i--) {
      starts.addAll(AFTER_EACH.get(classes.get(i)));
    }
    Class<?> testClass =
        classes.isEmpty() ? testMethod.getDeclaringClass() : classes.get(classes.size() - 1);
    CallGraphWalker walker = walkerFor(testClass);
    List<MethodSummary> summaries = new ArrayList<>(starts.size());
    starts.forEach(start -> summaries.add(summaryOf(start, walker.index())));
    return walker.nearestUnsafeCall(summaries, threadUnsafeMethods).map(CallFinding::reason);
  }

  /**
   * The classes whose class files this thread's walks could not read since it last asked, each
   * once: the calls made in them were not checked.
   */
  static List<UnreadableClass> unreadableClasses() {
    List<UnreadableClass> unreadable = List.of(); // asked after every test's detection: no garbage
    synchronized (WALKERS) {
      for (CallGraphWalker walker : WALKERS.values()) {
        List<UnreadableClass> drained = walker.index().drainUnreadable();
        if (!drained.isEmpty()) {
          unreadable = new ArrayList<>(unreadable);
          unreadable.addAll(drained);
        }
      }
    }
    return unreadable;
  }

  /** The method as its class file describes it, or null if that cannot be read. */
  private static MethodSummary summaryOf(Method method, ClassFileIndex index) {
    String descriptor =
        MethodType.methodType(method.getReturnType(), method.getParameterTypes())
            .toMethodDescriptorString();
    return index.declared(
        method.getDeclaringClass().getName().replace('.', '/'), method.getName(), descriptor);
  }

  /** Class files are read through the test class's own loader, which sees what the test sees. */
  private static CallGraphWalker walkerFor(Class<?> testClass) {
    ClassLoader loader = testClass.getClassLoader();
    ClassLoader source = loader != null ? loader : ClassLoader.getSystemClassLoader();
    return WALKERS.computeIfAbsent(source, key -> new CallGraphWalker(new ClassFileIndex(key)));
  }

  private static ClassValue<List<Method>> lifecycleMethods(
      Class<? extends Annotation> annotation, HierarchyTraversalMode order) {
    return new ClassValue<>() {
      @Override
      protected List<Method> computeValue(Class<?> type) {
        return List.copyOf(AnnotationSupport.findAnnotatedMethods(type, annotation, order));
      }
    };
  }
}
