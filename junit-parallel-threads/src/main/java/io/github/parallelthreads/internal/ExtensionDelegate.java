package io.github.parallelthreads.internal;

import io.github.parallelthreads.ParallelContext;
import io.github.parallelthreads.ThreadComparator;
import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor.Invocation;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * The one entry point from {@link io.github.parallelthreads.ParallelThreadsExtension} into the
 * machinery. Public only because the extension lives in another package.
 */
public final class ExtensionDelegate {

  private final ExecutionPlans plans = new ExecutionPlans();
  private final ParallelInterceptor interceptor = new ParallelInterceptor(plans);
  private final ThreadUnsafeSkipCondition skipCondition = new ThreadUnsafeSkipCondition(plans);
  private final ParallelParameters parameters = new ParallelParameters();

  /** Creates the delegate of one extension instance. */
  public ExtensionDelegate() {}

  /**
   * Runs a test method or test template invocation as its plan says.
   *
   * @param invocation JUnit's invocation of the body
   * @param invocationContext the method, target and resolved arguments
   * @param extensionContext the test's context
   * @throws Throwable what the body or the run threw
   */
  public void interceptMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    interceptor.interceptMethod(invocation, invocationContext, extensionContext);
  }

  /**
   * Runs a dynamic test as its plan says.
   *
   * @param invocation JUnit's invocation of the executable
   * @param invocationContext holds the executable
   * @param extensionContext the dynamic test's context
   * @throws Throwable what the executable or the run threw
   */
  public void interceptDynamicTest(
      Invocation<Void> invocation,
      DynamicTestInvocationContext invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    interceptor.interceptDynamicTest(invocation, invocationContext, extensionContext);
  }

  /**
   * Skips a thread-unsafe test when configured to.
   *
   * @param context the test's context
   * @return whether the test runs
   */
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return skipCondition.evaluate(context);
  }

  /**
   * Whether the parameter is one this extension provides.
   *
   * @param parameterContext the parameter
   * @return true for {@link ParallelContext} and {@link ThreadComparator}
   */
  public boolean supportsParameter(ParameterContext parameterContext) {
    return parameters.supports(parameterContext);
  }

  /**
   * The value JUnit passes when the body runs on its own thread; a parallel run replaces it with
   * each worker's own.
   *
   * @param parameterContext the parameter
   * @param extensionContext the context it is resolved in
   * @return a one-thread context or comparator
   * @throws org.junit.jupiter.api.extension.ParameterResolutionException for a {@link
   *     ThreadComparator} declared anywhere but on the test method: it would compare nothing there
   */
  public Object resolveParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameters.resolve(parameterContext, extensionContext);
  }
}
