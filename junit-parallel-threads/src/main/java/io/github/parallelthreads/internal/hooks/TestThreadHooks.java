package io.github.parallelthreads.internal.hooks;

import io.github.parallelthreads.internal.execution.ThreadHook;
import io.github.parallelthreads.internal.execution.ThreadHooks;
import io.github.parallelthreads.internal.execution.VisibleForTesting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstances;

/**
 * The per-thread hooks of one test, bound to its instances: the set-ups of the outermost instance
 * first (a {@code @Nested} test's enclosing instances before its own), the tear-downs of the
 * innermost first, as JUnit runs {@code @BeforeEach} and {@code @AfterEach}.
 */
public final class TestThreadHooks {

  private TestThreadHooks() {}

  /**
   * The hooks of the test; {@link ThreadHooks#NONE}, found at the cost of a lookup per test class,
   * for the common test that has none.
   *
   * @param context the test's context; a dynamic test's hooks are its factory's class's
   * @throws ExtensionConfigurationException if a hook method is declared so that it cannot run
   */
  public static ThreadHooks of(ExtensionContext context) {
    // a dynamic test has no instances of its own: its factory method's context has them
    Optional<TestInstances> found =
        HookTestInfo.nearest(context, ExtensionContext::getTestInstances);
    if (found.isEmpty()) {
      return ThreadHooks.NONE;
    }
    return bind(found.get().getAllInstances(), () -> new HookTestInfo(context));
  }

  /**
   * The hooks of the instances, outermost first, bound to them.
   *
   * @param testInfo what a hook with a {@code TestInfo} parameter is given; asked for only if there
   *     are hooks
   * @throws ExtensionConfigurationException if a hook method is declared so that it cannot run
   */
  @VisibleForTesting
  public static ThreadHooks bind(List<Object> instances, Supplier<TestInfo> testInfo) {
    boolean any = false;
    for (Object instance : instances) { // no allocation for the common test without hooks
      DeclaredHooks hooks = DeclaredHooks.of(instance.getClass());
      if (hooks.problem() != null) {
        throw new ExtensionConfigurationException(hooks.problem());
      }
      any |= !hooks.isEmpty();
    }
    if (!any) {
      return ThreadHooks.NONE;
    }
    TestInfo info = testInfo.get();
    List<ThreadHook> setUps = new ArrayList<>();
    List<ThreadHook> tearDowns = new ArrayList<>();
    for (Object instance : instances) {
      DeclaredHooks.of(instance.getClass()).setUps().stream()
          .map(hook -> hook.boundTo(instance, info))
          .forEach(setUps::add);
    }
    for (int i = instances.size() - 1; i >= 0; i--) {
      Object instance = instances.get(i);
      DeclaredHooks.of(instance.getClass()).tearDowns().stream()
          .map(hook -> hook.boundTo(instance, info))
          .forEach(tearDowns::add);
    }
    return new ThreadHooks(setUps, tearDowns);
  }
}
