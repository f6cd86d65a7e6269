package io.github.parallelthreads.internal;

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
 * from. The search follows the order in which JUnit finds the annotation whose reason is reported:
 * present on the element, then meta-present on its declared annotations, then on the inherited
 * ones.
 */
final class ThreadUnsafeDeclaration {

  private static final Declaration DIRECT = Declaration.noun("@ThreadUnsafe");

  private ThreadUnsafeDeclaration() {}

  static Declaration on(AnnotatedElement element) {
    if (element.getAnnotation(ThreadUnsafe.class) != null) {
      return DIRECT;
    }
    return carriedBy(element.getDeclaredAnnotations())
        .or(() -> carriedBy(element.getAnnotations()))
        // found by JUnit in a way not mirrored here (an interface's annotation): still correct
        .orElse(DIRECT);
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
