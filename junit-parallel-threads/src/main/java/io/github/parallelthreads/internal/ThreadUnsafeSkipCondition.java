package io.github.parallelthreads.internal;

import io.github.parallelthreads.ParallelThreadsExtension;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips thread-unsafe tests that would otherwise run in parallel, when {@code
 * junit.parallel.skip-thread-unsafe=true}.
 */
final class ThreadUnsafeSkipCondition {

  private static final ConditionEvaluationResult RUNS =
      ConditionEvaluationResult.enabled("not skipped by junit-parallel-threads");

  private final ExecutionPlans plans;

  ThreadUnsafeSkipCondition(ExecutionPlans plans) {
    this.plans = plans;
  }

  ConditionEvaluationResult evaluate(ExtensionContext context) {
    if (context.getTestMethod().isEmpty()) {
      return RUNS;
    }
    ExecutionPlan plan;
    try {
      if (!plans.configuration(context).skipThreadUnsafe()) {
        return RUNS;
      }
      plan = plans.planFor(context);
    } catch (ExtensionConfigurationException invalid) {
      // the interceptor fails the test with this message; JUnit would bury it in a wrapper here
      return RUNS;
    }
    if (!plan.heldBackFromParallel()) {
      return RUNS;
    }
    return ConditionEvaluationResult.disabled(
        "thread-unsafe, skipped because "
            + ParallelThreadsExtension.SKIP_THREAD_UNSAFE_PROPERTY_NAME
            + "=true: "
            + plan.threadUnsafeReason());
  }
}
