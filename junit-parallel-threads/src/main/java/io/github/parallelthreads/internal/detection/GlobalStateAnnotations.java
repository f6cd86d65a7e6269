package io.github.parallelthreads.internal.detection;

import java.lang.annotation.Annotation;
import java.lang.annotation.Repeatable;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.Extensions;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.ResourceLocks;
import org.junit.jupiter.api.parallel.Resources;

/**
 * What one annotation declares about JVM-global state, itself or through its meta-annotations:
 * JUnit's {@code @Isolated}; a read-write {@code @ResourceLock} on a JVM-global resource; an
 * annotation of JUnit or JUnit Pioneer under which the body changes or captures global state; an
 * {@code @ExtendWith} of an extension that captures standard streams.
 *
 * <p>An annotation whose extension only sets a global value around the test
 * ({@code @DefaultLocale}, {@code @SetSystemProperty}, ...) declares nothing, and the read-write
 * locks it carries are not looked at: the value is set on JUnit's thread before the bodies run, and
 * they only read it.
 *
 * <p>Most annotation types declare the same whatever their attribute values, so theirs is worked
 * out once per type; only the few whose attributes matter are looked at for each use.
 */
final class GlobalStateAnnotations {

  /** {@link Resources}' keys for JVM-global state, and Pioneer's key for {@code System.in}. */
  private static final Set<String> GLOBAL_RESOURCES =
      Set.of(
          Resources.SYSTEM_PROPERTIES,
          Resources.SYSTEM_OUT,
          Resources.SYSTEM_ERR,
          "java.lang.System.in",
          Resources.LOCALE,
          Resources.TIME_ZONE,
          Resources.GLOBAL);

  private static final ClassValue<Optional<Declaration>> OF_TYPE =
      new ClassValue<>() {
        @Override
        protected Optional<Declaration> computeValue(Class<?> type) {
          return ofType(type.asSubclass(Annotation.class), new HashSet<>());
        }
      };

  private GlobalStateAnnotations() {}

  /** What the annotation declares, or empty when it says nothing about global state. */
  static Optional<Declaration> of(Annotation annotation) {
    return declared(annotation, null);
  }

  // visiting: the annotation types being walked through; null at the top, where a type's answer
  // may come from the cache (deeper down, the cache could recurse into a type being computed)
  private static Optional<Declaration> declared(Annotation annotation, Set<Class<?>> visiting) {
    if (annotation instanceof Isolated isolated) {
      String reason = isolated.value();
      return Optional.of(
          Declaration.noun(reason.isBlank() ? "@Isolated" : "@Isolated(\"" + reason + "\")"));
    }
    if (annotation instanceof ResourceLock lock) {
      return readWriteGlobal(lock);
    }
    if (annotation instanceof ResourceLocks locks) {
      for (ResourceLock lock : locks.value()) {
        Optional<Declaration> found = readWriteGlobal(lock);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (annotation instanceof ExtendWith extendWith) {
      return capturing(extendWith);
    }
    if (annotation instanceof Extensions extensions) {
      for (ExtendWith extendWith : extensions.value()) {
        Optional<Declaration> found = capturing(extendWith);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    Class<? extends Annotation> type = annotation.annotationType();
    return visiting == null ? OF_TYPE.get(type) : ofType(type, visiting);
  }

  private static Optional<Declaration> ofType(
      Class<? extends Annotation> type, Set<Class<?>> visiting) {
    // java.lang.annotation's meta-annotations annotate each other
    if (type.getName().startsWith("java.")
        || GlobalStateNames.setsAroundTheTest(type.getName())
        || !visiting.add(type)) {
      return Optional.empty();
    }
    Class<? extends Annotation> repeated = repeatedIn(type);
    if (repeated != null) {
      // a container of repeated annotations declares what they do
      return ofType(repeated, visiting);
    }
    Optional<Declaration> named = GlobalStateNames.changingAnnotation(type.getName());
    if (named.isPresent()) {
      return named;
    }
    for (Annotation meta : type.getDeclaredAnnotations()) {
      Optional<Declaration> found = declared(meta, visiting);
      if (found.isPresent()) {
        return Optional.of(found.get().via(type));
      }
    }
    return GlobalStateNames.writingAnnotation(type.getName());
  }

  private static Optional<Declaration> readWriteGlobal(ResourceLock lock) {
    if (lock.mode() != ResourceAccessMode.READ_WRITE || !GLOBAL_RESOURCES.contains(lock.value())) {
      return Optional.empty();
    }
    return Optional.of(
        Declaration.noun("@ResourceLock(\"" + lock.value() + "\") in read-write mode"));
  }

  private static Optional<Declaration> capturing(ExtendWith extendWith) {
    for (Class<?> extension : extendWith.value()) {
      Optional<Declaration> found = GlobalStateNames.extension(extension.getName());
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The annotation type that the given one is the {@code @Repeatable} container of, or null. */
  private static Class<? extends Annotation> repeatedIn(Class<? extends Annotation> type) {
    Method value;
    try {
      value = type.getDeclaredMethod("value");
    } catch (NoSuchMethodException notAContainer) {
      return null;
    }
    Class<?> element = value.getReturnType().getComponentType();
    if (element == null || !element.isAnnotation()) {
      return null;
    }
    Repeatable repeatable = element.getAnnotation(Repeatable.class);
    return repeatable != null && repeatable.value() == type
        ? element.asSubclass(Annotation.class)
        : null;
  }
}
