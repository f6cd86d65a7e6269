package io.github.parallelthreads.internal;

import io.github.parallelthreads.ParallelThreadsExtension;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Gives each test its {@link TestPlan}, computed once per test and kept in its context's store; the
 * run's configuration is read once and kept in the root context's store.
 */
final class TestPlans {

  private static final Namespace NAMESPACE = Namespace.create(ParallelThreadsExtension.class);

  private final TestPlanResolver resolver = new TestPlanResolver();

  RunConfiguration configuration(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            ConfigurationResult.class,
            key -> ConfigurationResult.read(context.getRoot()),
            ConfigurationResult.class)
        .get();
  }

  /** Works the plan out anew: cheaper than keeping it in a store for the rare second use. */
  TestPlan planFor(ExtensionContext context) {
    return resolver.resolve(TestElements.of(context), configuration(context));
  }

  Duration timeout(ExtensionContext context) {
    return configuration(context).timeout();
  }
}
