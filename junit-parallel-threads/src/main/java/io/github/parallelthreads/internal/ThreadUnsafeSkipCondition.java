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

  /**
   * How the reason of every skip this condition makes begins; {@link #threadUnsafeReasonOf} reads
   * the verdict back after it, so the summary never depends on a copy of the wording.
   */
  private static final String SKIPPED =
      "thread-unsafe, skipped because "
          + ParallelThreadsExtension.SKIP_THREAD_UNSAFE_PROPERTY_NAME
          + "=true: ";

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
    return ConditionEvaluationResult.disabled(SKIPPED + plan.threadUnsafeReason());
  }

  /** Why the test is thread-unsafe, if the skip reason is one this condition gave, else null. */
  static String threadUnsafeReasonOf(String skipReason) {
    return skipReason != null && skipReason.startsWith(SKIPPED)
        ? skipReason.substring(SKIPPED.length())
        : null;
  }
}
