package io.github.parallelthreads.internal;

import io.github.parallelthreads.ParallelContext;
import io.github.parallelthreads.ThreadComparator;
import io.github.parallelthreads.internal.execution.CurrentWorker;
import io.github.parallelthreads.internal.execution.RunComparator;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * The parameters the extension provides. A {@link ParallelContext} is true wherever it is declared:
 * outside the body of a parallel run (a constructor, {@code @BeforeEach}, ...) it describes JUnit's
 * one thread, as {@link ParallelContext#current()} does there. A {@link ThreadComparator} compares
 * only between the threads that run the test method's body, so anywhere else it is refused rather
 * than silently comparing nothing.
 */
final class ParallelParameters {

  boolean supports(ParameterContext parameterContext) {
    Class<?> type = parameterContext.getParameter().getType();
    return type == ParallelContext.class || type == ThreadComparator.class;
  }

  /**
   * The value JUnit passes when the body runs on its own thread; a parallel run replaces it with
   * each worker's own.
   */
  Object resolve(ParameterContext parameterContext, ExtensionContext extensionContext) {
    if (parameterContext.getParameter().getType() == ParallelContext.class) {
      return CurrentWorker.context();
    }
    Executable declaredOn = parameterContext.getDeclaringExecutable();
    if (extensionContext.getTestMethod().filter(declaredOn::equals).isEmpty()) {
      throw new ParameterResolutionException(
          "ThreadComparator parameter ["
              + parameterContext.getParameter()
              + "] of "
              + describe(declaredOn)
              + " would compare nothing: only the test method's body runs on the threads of a"
              + " parallel run; declare ThreadComparator as a parameter of the test method");
    }
    return RunComparator.SINGLE_THREAD;
  }

  /**
   * Such as "constructor FooTest(ThreadComparator)" or "method FooTest#setUp(ThreadComparator)".
   */
  private static String describe(Executable executable) {
    String parameters =
        Arrays.stream(executable.getParameterTypes())
            .map(Class::getSimpleName)
            .collect(Collectors.joining(", ", "(", ")"));
    String type = executable.getDeclaringClass().getSimpleName();
    return executable instanceof Constructor
        ? "constructor " + type + parameters
        : "method " + type + "#" + executable.getName() + parameters;
  }
}
