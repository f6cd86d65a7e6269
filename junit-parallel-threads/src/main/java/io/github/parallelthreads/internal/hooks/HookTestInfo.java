package io.github.parallelthreads.internal.hooks;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The {@link TestInfo} a per-thread hook is given: the test it runs for, as JUnit describes it. */
final class HookTestInfo implements TestInfo {

  private final ExtensionContext context;

  HookTestInfo(ExtensionContext context) {
    this.context = context;
  }

  @Override
  public String getDisplayName() {
    return context.getDisplayName();
  }

  @Override
  public Set<String> getTags() {
    return context.getTags();
  }

  /** A dynamic test's class and method are those of its factory. */
  @Override
  public Optional<Class<?>> getTestClass() {
    return nearest(context, ExtensionContext::getTestClass);
  }

  @Override
  public Optional<Method> getTestMethod() {
    return nearest(context, ExtensionContext::getTestMethod);
  }

  /** The property of the context, or else of the nearest context around it that has it. */
  static <T> Optional<T> nearest(
      ExtensionContext context, Function<ExtensionContext, Optional<T>> property) {
    for (ExtensionContext current = context;
        current != null;
        current = current.getParent().orElse(null)) {
      Optional<T> value = property.apply(current);
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "TestInfo [displayName = '" + getDisplayName() + "']";
  }
}
