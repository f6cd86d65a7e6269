package io.github.parallelthreads.internal.detection;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The method and classes whose annotations govern one test: the nearest test method (for a dynamic
 * test, its {@code @TestFactory}) and the classes around it, outermost first, so that
 * {@code @Nested} classes see their enclosing classes' annotations.
 */
public record TestElements(Method method, List<Class<?>> classesOutermostFirst) {

  public static TestElements of(ExtensionContext context) {
    Method method = null;
    List<Class<?>> classes = new ArrayList<>();
    for (Optional<ExtensionContext> current = Optional.of(context);
        current.isPresent();
        current = current.get().getParent()) {
      AnnotatedElement element = current.get().getElement().orElse(null);
      if (element instanceof Method found && method == null) {
        method = found;
      } else if (element instanceof Class<?> type) {
        classes.add(type);
      }
    }
    Collections.reverse(classes);
    return new TestElements(method, List.copyOf(classes));
  }

  public static String describe(AnnotatedElement element) {
    if (element instanceof Method method) {
      return "method " + method.getDeclaringClass().getSimpleName() + "#" + method.getName() + "()";
    }
    return "class " + ((Class<?>) element).getName();
  }
}
