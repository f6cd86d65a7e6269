package io.github.parallelthreads;

import io.github.parallelthreads.internal.ExtensionDelegate;
import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs every test body on several threads at once, released together by a start barrier, and
 * reports the failures of every thread as one result.
 *
 * <p>Three ways to use it:
 *
 * <ul>
 *   <li>on a test or class: {@code @ExtendWith(ParallelThreadsExtension.class)}, or any of {@link
 *       ParallelThreads}, {@link ParallelThreadsLimit} and {@link Iterations}, which register it;
 *   <li>for a whole suite, with no test edited: {@code mvn test -Djunit.parallel.threads=8} with
 *       the library on the test class path;
 *   <li>in an IDE: either of the above, with the configuration parameter as a VM option or in
 *       {@code junit-platform.properties}.
 * </ul>
 *
 * <p>The thread count comes from the configuration parameter {@code junit.parallel.threads}
 * (default 1), capped by {@link ParallelThreadsLimit}, replaced by {@link ParallelThreads}, and
 * forced to one by {@link ThreadUnsafe}. JUnit's lifecycle ({@code @BeforeEach},
 * {@code @AfterEach}, instance creation, parameter resolution) runs once per test, as without the
 * extension; only the body runs on every thread, {@code junit.parallel.iterations} times each.
 *
 * <p>Interceptors of other extensions registered after this one wrap JUnit's invocation of the
 * body, which this extension replaces by its own; those registered before it (JUnit's
 * {@code @Timeout} among them) wrap the whole parallel run.
 */
public final class ParallelThreadsExtension
    implements InvocationInterceptor, ParameterResolver, ExecutionCondition {

  private final ExtensionDelegate delegate = new ExtensionDelegate();

  /** Creates the extension; JUnit calls this when it registers the extension. */
  public ParallelThreadsExtension() {}

  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    delegate.interceptMethod(invocation, invocationContext, extensionContext);
  }

  @Override
  public void interceptTestTemplateMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    delegate.interceptMethod(invocation, invocationContext, extensionContext);
  }

  @Override
  public void interceptDynamicTest(
      Invocation<Void> invocation,
      DynamicTestInvocationContext invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    delegate.interceptDynamicTest(invocation, invocationContext, extensionContext);
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return delegate.evaluateExecutionCondition(context);
  }

  @Override
  public boolean supportsParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    return delegate.supportsParameter(parameterContext);
  }

  @Override
  public Object resolveParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    return delegate.resolveParameter(parameterContext);
  }
}
