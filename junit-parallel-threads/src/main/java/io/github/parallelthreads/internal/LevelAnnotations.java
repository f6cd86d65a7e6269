package io.github.parallelthreads.internal;

import io.github.parallelthreads.IterateFor;
import io.github.parallelthreads.Iterations;
import io.github.parallelthreads.ParallelThreads;
import io.github.parallelthreads.ParallelThreadsLimit;
import io.github.parallelthreads.ThreadUnsafe;
import io.github.parallelthreads.internal.detection.TestElements;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension's annotations on one level of a test: a class (with what it inherits) or a method,
 * found directly or through meta-annotations.
 *
 * <p>Looking annotations up is the main cost of the extension on a test that runs on one thread, so
 * a class's are looked up once and kept for the life of the class, and a method's full lookup
 * happens only when one of its own annotations can be or carry one of ours.
 */
record LevelAnnotations(
    AnnotatedElement element,
    ParallelThreadsLimit limit,
    ParallelThreads threads,
    Iterations iterations,
    ThreadUnsafe threadUnsafe,
    IterateFor iterateFor) {

  private static final List<Class<? extends Annotation>> OURS =
      List.of(
          ParallelThreadsLimit.class,
          ParallelThreads.class,
          Iterations.class,
          ThreadUnsafe.class,
          IterateFor.class);

  private static final ClassValue<LevelAnnotations> OF_CLASS =
      new ClassValue<>() {
        @Override
        protected LevelAnnotations computeValue(Class<?> type) {
          return lookUp(type);
        }
      };

  /** Whether an annotation type is one of ours or carries one of ours as a meta-annotation. */
  private static final ClassValue<Boolean> CARRIES_OURS =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> annotationType) {
          return OURS.stream()
              .anyMatch(ours -> AnnotationSupport.isAnnotated(annotationType, ours));
        }
      };

  /**
   * The annotations of each level of a test, from outermost class to method: the order they apply
   * in.
   */
  static List<LevelAnnotations> outermostFirst(TestElements elements) {
    List<LevelAnnotations> levels = new ArrayList<>(elements.classesOutermostFirst().size() + 1);
    for (Class<?> type : elements.classesOutermostFirst()) {
      levels.add(of(type));
    }
    if (elements.method() != null) {
      levels.add(of(elements.method()));
    }
    return levels;
  }

  static LevelAnnotations of(AnnotatedElement element) {
    if (element instanceof Class<?> type) {
      return OF_CLASS.get(type);
    }
    return methodCarriesOurs((Method) element)
        ? lookUp(element)
        : new LevelAnnotations(element, null, null, null, null, null);
  }

  /** Whether a class or method carries one of the library's annotations, directly or as a meta. */
  static boolean any(AnnotatedElement element) {
    if (element instanceof Class<?> type) {
      LevelAnnotations found = OF_CLASS.get(type);
      return found.limit() != null
          || found.threads() != null
          || found.iterations() != null
          || found.threadUnsafe() != null
          || found.iterateFor() != null;
    }
    return element instanceof Method method && methodCarriesOurs(method);
  }

  private static boolean methodCarriesOurs(Method method) {
    for (Annotation annotation : method.getDeclaredAnnotations()) {
      if (OURS.contains(annotation.annotationType())
          || CARRIES_OURS.get(annotation.annotationType())) {
        return true;
      }
    }
    return false;
  }

  private static LevelAnnotations lookUp(AnnotatedElement element) {
    return new LevelAnnotations(
        element,
        find(element, ParallelThreadsLimit.class),
        find(element, ParallelThreads.class),
        find(element, Iterations.class),
        find(element, ThreadUnsafe.class),
        find(element, IterateFor.class));
  }

  private static <A extends Annotation> A find(AnnotatedElement element, Class<A> type) {
    Optional<A> found = AnnotationSupport.findAnnotation(element, type);
    return found.orElse(null);
  }
}
