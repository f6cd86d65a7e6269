package io.github.parallelthreads.internal.detection;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Finds tests that declare, through annotations or parameters, that they change JVM-global state:
 * {@code @Isolated}; a read-write {@code @ResourceLock} on system properties, {@code
 * System.out/err/in}, the default locale or time zone, or JUnit's global lock; JUnit's (6.1) and
 * JUnit Pioneer's annotations under which the body changes or captures such state; Pioneer's {@code
 * StdIn/StdOut/StdErr} and Spring Boot's {@code CapturedOutput} parameters; Spring Boot's {@code
 * OutputCaptureExtension}. Annotations count directly or through meta-annotations (as Pioneer's
 * {@code @WritesStdIo} carries its resource locks), except the locks carried by an annotation whose
 * extension only sets a value around the test ({@code @DefaultLocale}, {@code @SetSystemProperty},
 * ...): the bodies of such a test only read that value, so it stays parallel.
 *
 * <p>The reason names the declaration, then where it is; one that came through meta-annotations
 * names them with "via", the one carrying it first ("via @WritesSystemProperty on @MyComposed"):
 *
 * <ul>
 *   <li>{@code @Isolated on class com.acme.FooTest}
 *   <li>{@code @ResourceLock("java.lang.System.out") in read-write mode on method FooTest#bar()}
 *   <li>{@code @ResourceLock("java.lang.System.properties") in read-write mode,
 *       via @WritesSystemProperty, on method FooTest#bar()}
 *   <li>{@code @RestoreEnvironmentVariables (JUnit Pioneer) changes environment variables, on
 *       method FooTest#bar()}
 *   <li>{@code parameter of type StdOut (JUnit Pioneer) captures standard output, in method
 *       FooTest#bar()}
 *   <li>{@code @ExtendWith(OutputCaptureExtension.class) (Spring Boot) captures standard output and
 *       error, on class com.acme.FooTest}
 * </ul>
 *
 * <p>The nearest declaration wins: the test method's annotations, then its parameters, then its
 * class (with what it inherits from superclasses and interfaces, then the parameters of its
 * {@code @BeforeEach} and {@code @AfterEach} methods), then the enclosing classes outwards.
 */
final class DeclaredGlobalStateRule {

  /** A class's answer is the same for all its tests, and needs a walk of its hierarchy. */
  private static final ClassValue<Optional<String>> OF_CLASS =
      new ClassValue<>() {
        @Override
        protected Optional<String> computeValue(Class<?> type) {
          return ofClass(type);
        }
      };

  /**
   * Why the test is thread-unsafe by what it declares, or empty.
   *
   * @param elements the test method and its classes
   */
  Optional<String> reasonFor(TestElements elements) {
    Method method = elements.method();
    if (method != null) {
      Optional<String> reason = ofAnnotations(method).or(() -> ofParameters(method));
      if (reason.isPresent()) {
        return reason;
      }
    }
    List<Class<?>> classes = elements.classesOutermostFirst();
    for (int i = classes.size() - 1; i >= 0; i--) {
      Optional<String> reason = OF_CLASS.get(classes.get(i));
      if (reason.isPresent()) {
        return reason;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> ofClass(Class<?> type) {
    Set<Class<?>> hierarchy = hierarchy(type);
    for (Class<?> declaring : hierarchy) {
      Optional<String> reason = ofAnnotations(declaring);
      if (reason.isPresent()) {
        return reason;
      }
    }
    for (Class<?> declaring : hierarchy) {
      for (Method method : declaring.getDeclaredMethods()) {
        // parameter names first: cheaper than looking for lifecycle annotations on every method
        if (method.getParameterCount() > 0) {
          Optional<String> reason = ofParameters(method);
          if (reason.isPresent() && isBeforeOrAfterEach(method)) {
            return reason;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isBeforeOrAfterEach(Method method) {
    return AnnotationSupport.isAnnotated(method, BeforeEach.class)
        || AnnotationSupport.isAnnotated(method, AfterEach.class);
  }

  private static Optional<String> ofAnnotations(AnnotatedElement element) {
    for (Annotation annotation : element.getDeclaredAnnotations()) {
      Optional<Declaration> declared = GlobalStateAnnotations.of(annotation);
      if (declared.isPresent()) {
        return Optional.of(declared.get().at("on", element));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> ofParameters(Method method) {
    for (Class<?> type : method.getParameterTypes()) {
      Optional<Declaration> declared = GlobalStateNames.parameter(type.getName());
      if (declared.isPresent()) {
        return Optional.of(declared.get().at("in", method));
      }
    }
    return Optional.empty();
  }

  /**
   * The class, its interfaces, then its superclass and theirs: where JUnit finds a class's
   * annotations. Counting a superclass's annotations even when not {@code @Inherited} errs on the
   * safe side.
   */
  private static Set<Class<?>> hierarchy(Class<?> type) {
    Set<Class<?>> found = new LinkedHashSet<>();
    collect(type, found);
    return found;
  }

  private static void collect(Class<?> type, Set<Class<?>> found) {
    if (type == null || type == Object.class || !found.add(type)) {
      return;
    }
    for (Class<?> implemented : type.getInterfaces()) {
      collect(implemented, found);
    }
    collect(type.getSuperclass(), found);
  }
}
