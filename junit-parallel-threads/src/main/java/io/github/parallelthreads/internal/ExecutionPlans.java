package io.github.parallelthreads.internal;

import io.github.parallelthreads.ParallelThreadsExtension;
import io.github.parallelthreads.internal.classfile.UnreadableClass;
import io.github.parallelthreads.internal.detection.TestElements;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Gives each test its {@link ExecutionPlan}; the run's configuration is read once and kept in the
 * root context's store.
 *
 * <p>Every test asks for its plan, so the common case is kept cheap (docs/performance.md measured
 * it): the last run's configuration is remembered beside the store, and a test that carries none of
 * the library's annotations in a one-thread, one-iteration run gets {@link #AS_USUAL} without the
 * plan being worked out.
 */
final class ExecutionPlans {

  private static final Namespace NAMESPACE = Namespace.create(ParallelThreadsExtension.class);

  /** The plan of a test that runs once on JUnit's thread, as without the extension. */
  static final ExecutionPlan AS_USUAL = new ExecutionPlan(1, 1, null, null);

  /** The configuration of one run: the root context it belongs to, and what was read. */
  private record RunEntry(ExtensionContext root, ConfigurationResult result) {}

  private final ExecutionPlanResolver resolver = new ExecutionPlanResolver();

  /** The run seen last; an extension instance normally serves one run. */
  private volatile RunEntry lastRun;

  RunConfiguration configuration(ExtensionContext context) {
    ExtensionContext root = context.getRoot();
    RunEntry last = lastRun;
    if (last != null && last.root() == root) {
      return last.result().get();
    }
    ConfigurationResult result =
        root.getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                ConfigurationResult.class,
                key -> ConfigurationResult.read(root),
                ConfigurationResult.class);
    lastRun = new RunEntry(root, result);
    return result.get();
  }

  /**
   * Works the plan out anew: cheaper than keeping it in a store for the rare second use. A class
   * file that detection could not read on the way is reported on the test, once per class.
   */
  ExecutionPlan planFor(ExtensionContext context) {
    RunConfiguration configuration = configuration(context);
    if (configuration.threads() == 1
        && configuration.iterations() == 1
        && configuration.iterateFor() == null
        && !carriesLibraryAnnotations(context)) {
      return AS_USUAL;
    }
    ExecutionPlan plan = resolver.resolve(TestElements.of(context), configuration);
    for (UnreadableClass unreadable : resolver.unreadableClasses()) {
      // at once, on this test: with skipping on, the skip condition works the plan out first,
      // and a test it skips never reaches the interceptor
      context.publishReportEntry(
          ParallelThreadsExtension.DETECTION_INCOMPLETE_REPORT_KEY,
          "could not read the class file of "
              + unreadable.className()
              + ": "
              + unreadable.reason());
    }
    return plan;
  }

  /** Whether the test's method or any class around it carries one of the library's annotations. */
  private static boolean carriesLibraryAnnotations(ExtensionContext context) {
    for (ExtensionContext current = context;
        current != null;
        current = current.getParent().orElse(null)) {
      if (current.getElement().map(LevelAnnotations::any).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  Duration timeout(ExtensionContext context) {
    return configuration(context).timeout();
  }
}
