package io.github.parallelthreads.benchmarks.suite;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A control for the overhead benchmark: only the execution condition of the library's three. */
public final class ConditionOnlyExtension implements ExecutionCondition {

  private static final ConditionEvaluationResult RUNS =
      ConditionEvaluationResult.enabled("condition only");

  /** Created by JUnit's extension autodetection. */
  public ConditionOnlyExtension() {}

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return RUNS;
  }
}
