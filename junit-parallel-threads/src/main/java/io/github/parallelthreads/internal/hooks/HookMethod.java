package io.github.parallelthreads.internal.hooks;

import io.github.parallelthreads.ParallelContext;
import io.github.parallelthreads.internal.execution.ThreadHook;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.TestInfo;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * One {@code @BeforeEachThread} or {@code @AfterEachThread} method, checked when it is found: an
 * instance method returning {@code void}, whose parameters are all of a type a hook is given.
 */
final class HookMethod {

  private static final String ALLOWED =
      "a per-thread hook may declare parameters of type ParallelContext and TestInfo only";

  private final ThreadHook.Phase phase;
  private final Method method;
  private final String description;

  private HookMethod(ThreadHook.Phase phase, Method method) {
    this.phase = phase;
    this.method = method;
    this.description = describe(method);
  }

  /**
   * The method as a hook.
   *
   * @throws IllegalArgumentException with the message for the user, if it cannot be one
   */
  static HookMethod of(ThreadHook.Phase phase, Method method) {
    HookMethod hook = new HookMethod(phase, method);
    String problem = hook.problem();
    if (problem != null) {
      throw new IllegalArgumentException(
          phase.annotation() + " " + hook.description + " " + problem);
    }
    return hook;
  }

  private String problem() {
    if (Modifier.isStatic(method.getModifiers())) {
      return "is static: per-thread hooks run on the test instance, as @BeforeEach and @AfterEach"
          + " methods do; remove static";
    }
    if (method.getReturnType() != void.class) {
      return "returns "
          + method.getReturnType().getSimpleName()
          + ": per-thread hooks must return void, JUnit would not see what it returns; make it"
          + " void";
    }
    for (Parameter parameter : method.getParameters()) {
      Class<?> type = parameter.getType();
      if (type != ParallelContext.class && type != TestInfo.class) {
        return "declares parameter ["
            + parameter
            + "], which cannot be resolved: "
            + ALLOWED
            + "; prepare anything else in @BeforeEach or in the hook itself";
      }
    }
    return null;
  }

  /** The hook bound to the instance it runs on. */
  ThreadHook boundTo(Object instance, TestInfo testInfo) {
    Class<?>[] types = method.getParameterTypes();
    return new ThreadHook(
        phase,
        description,
        context -> {
          Object[] arguments = new Object[types.length];
          for (int i = 0; i < types.length; i++) {
            arguments[i] = types[i] == ParallelContext.class ? context : testInfo;
          }
          ReflectionSupport.invokeMethod(method, instance, arguments);
        });
  }

  /** Such as "method ConnectionTest#open(ParallelContext)". */
  private static String describe(Method method) {
    return "method "
        + method.getDeclaringClass().getSimpleName()
        + "#"
        + method.getName()
        + Arrays.stream(method.getParameterTypes())
            .map(Class::getSimpleName)
            .collect(Collectors.joining(", ", "(", ")"));
  }
}
