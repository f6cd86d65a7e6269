package io.github.parallelthreads.internal.detection;

import io.github.parallelthreads.ThreadUnsafe;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * How {@code @ThreadUnsafe} reaches a test method or class: directly, or through a team's own
 * annotation that carries it, which the reason then names ("@ThreadUnsafe,
 * via @CapturesStandardOutput, on method ..."), so that a reader can find where the verdict comes
 * from. The search takes the steps JUnit's {@code AnnotationSupport.findAnnotation} takes, in its
 * order, so that the path named is the one to the annotation whose reason is reported: present on
 * the element, meta-present on its declared annotations, then for a class its interfaces and its
 * superclass ({@code @ThreadUnsafe} is {@code @Inherited}), then meta-present on its inherited
 * annotations.
 */
final class ThreadUnsafeDeclaration {

  private static final Declaration DIRECT = Declaration.noun("@ThreadUnsafe");

  private ThreadUnsafeDeclaration() {}

  static Declaration on(AnnotatedElement element) {
    // only called where the annotation was found, so the search does find it
    return find(element).orElse(DIRECT);
  }

  private static Optional<Declaration> find(AnnotatedElement element) {
    if (element.getDeclaredAnnotation(ThreadUnsafe.class) != null) {
      return Optional.of(DIRECT);
    }
    Optional<Declaration> carried = carriedBy(element.getDeclaredAnnotations());
    if (carried.isPresent() || !(element instanceof Class<?> type)) {
      return carried; // a method inherits no annotations
    }
    for (Class<?> implemented : type.getInterfaces()) {
      Optional<Declaration> found = find(implemented);
      if (found.isPresent()) {
        return found;
      }
    }
    Class<?> superclass = type.getSuperclass();
    if (superclass != null && superclass != Object.class) {
      Optional<Declaration> found = find(superclass);
      if (found.isPresent()) {
        return found;
      }
    }
    return carriedBy(element.getAnnotations());
  }

  private static Optional<Declaration> carriedBy(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      Optional<Declaration> found = carriedBy(annotation.annotationType(), new HashSet<>());
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<Declaration> carriedBy(
      Class<? extends Annotation> type, Set<Class<?>> visiting) {
    if (type == ThreadUnsafe.class) {
      return Optional.of(DIRECT);
    }
    // java.lang.annotation's meta-annotations annotate each other
    if (type.getName().startsWith("java.") || !visiting.add(type)) {
      return Optional.empty();
    }
    for (Annotation meta : type.getDeclaredAnnotations()) {
      Optional<Declaration> found = carriedBy(meta.annotationType(), visiting);
      if (found.isPresent()) {
        return Optional.of(found.get().via(type));
      }
    }
    return Optional.empty();
  }
}
