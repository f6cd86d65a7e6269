package io.github.parallelthreads.benchmarks.suite;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A control for the overhead benchmark: an extension with the same three extension points as {@code
 * ParallelThreadsExtension} that does nothing, so that what JUnit charges for calling any such
 * extension can be told apart from what the library's own code costs.
 */
public final class NoOpExtension
    implements InvocationInterceptor, ParameterResolver, ExecutionCondition {

  private static final ConditionEvaluationResult RUNS = ConditionEvaluationResult.enabled("no-op");

  /** Created by JUnit's extension autodetection. */
  public NoOpExtension() {}

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return RUNS;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
    return false;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
    throw new UnsupportedOperationException("resolves no parameter");
  }
}
