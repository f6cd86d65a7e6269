package io.github.parallelthreads.internal.detection;

import io.github.parallelthreads.ParallelThreadsExtension;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

/**
 * Finds tests that {@code junit.parallel.thread-unsafe-methods} lists themselves, so that a team
 * can keep a suite-wide run green while it fixes the tests the summary names. An entry covers a
 * test method by the class that declares it or, for an inherited one, by the test class: {@code
 * com.acme.FooTest#testBar}, {@code com.acme.FooTest#*}, {@code com.acme.legacy.*}. As a
 * class-level annotation does, a class's {@code Class#*} also covers the tests of its
 * {@code @Nested} classes.
 *
 * <p>The reason is the entry alone, so that the summary counts a class's or a package's tests under
 * one reason: {@code listed in junit.parallel.thread-unsafe-methods as com.acme.FooTest#*}.
 */
final class ListedTestRule {

  /**
   * Why the test is thread-unsafe by the configuration, or empty.
   *
   * @param elements the test method and its classes
   * @param threadUnsafeMethods the patterns of {@code junit.parallel.thread-unsafe-methods}
   */
  Optional<String> reasonFor(TestElements elements, List<MethodPattern> threadUnsafeMethods) {
    Method method = elements.method();
    if (method == null || threadUnsafeMethods.isEmpty()) {
      return Optional.empty();
    }
    List<Class<?>> classes = elements.classesOutermostFirst();
    Class<?> declaring = method.getDeclaringClass();
    Class<?> testClass = classes.isEmpty() ? declaring : classes.get(classes.size() - 1);
    for (MethodPattern pattern : threadUnsafeMethods) {
      if (pattern.matches(declaring.getName(), method.getName())
          || pattern.matches(testClass.getName(), method.getName())
          || classes.stream().anyMatch(type -> pattern.coversEveryMethodOf(type.getName()))) {
        return Optional.of(
            "listed in "
                + ParallelThreadsExtension.THREAD_UNSAFE_METHODS_PROPERTY_NAME
                + " as "
                + pattern);
      }
    }
    return Optional.empty();
  }
}
