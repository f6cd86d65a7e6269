package io.github.parallelthreads.internal;

import io.github.parallelthreads.Iterations;
import io.github.parallelthreads.ParallelThreads;
import io.github.parallelthreads.ParallelThreadsLimit;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Works out a test's {@link TestPlan}: the configured thread count, then, from the outermost class
 * to the method, each level's {@link ParallelThreadsLimit} caps it and its {@link ParallelThreads}
 * replaces it; the nearest {@link Iterations} replaces the configured iterations; a thread-unsafe
 * verdict forces one thread.
 */
final class TestPlanResolver {

  private final ThreadUnsafeVerdicts verdicts = new ThreadUnsafeVerdicts();

  TestPlan resolve(TestElements elements, RunConfiguration configuration) {
    List<AnnotatedElement> levels = elements.outermostFirst();
    int threads = configuration.threads();
    String threadsSource = configuration.threadsSource();
    int iterations = configuration.iterations();
    for (AnnotatedElement level : levels) {
      Optional<ParallelThreadsLimit> limit = find(level, ParallelThreadsLimit.class);
      if (limit.isPresent()) {
        threads = Math.min(threads, validLimit(limit.get(), level));
      }
      Optional<ParallelThreads> forced = find(level, ParallelThreads.class);
      if (forced.isPresent()) {
        threads = validThreads(forced.get(), level);
        threadsSource = "@ParallelThreads(" + forced.get().value() + ")";
      }
      Optional<Iterations> iterationsAnnotation = find(level, Iterations.class);
      if (iterationsAnnotation.isPresent()) {
        iterations = validIterations(iterationsAnnotation.get(), level);
      }
    }
    String reason = verdicts.reasonFor(elements).orElse(null);
    if (reason != null && threadsSource.startsWith("@")) {
      reason = reason + " (overrides " + threadsSource + ")";
    }
    return new TestPlan(threads, iterations, reason);
  }

  /**
   * Finds an annotation declared on this level itself (directly or through a meta-annotation, or
   * inherited from a superclass or interface), not on an enclosing class: enclosing classes are
   * levels of their own.
   */
  private static <A extends java.lang.annotation.Annotation> Optional<A> find(
      AnnotatedElement level, Class<A> type) {
    return AnnotationSupport.findAnnotation(level, type);
  }

  private static int validThreads(ParallelThreads annotation, AnnotatedElement where) {
    int value = annotation.value();
    if (value == ParallelThreads.AUTO) {
      return Limits.availableProcessors();
    }
    if (value < 1 || value > Limits.MAX_THREADS) {
      throw invalid(
          "@ParallelThreads(" + value + ")",
          where,
          "use a thread count from 1 to "
              + Limits.MAX_THREADS
              + ", or ParallelThreads.AUTO for one thread per processor");
    }
    return value;
  }

  private static int validLimit(ParallelThreadsLimit annotation, AnnotatedElement where) {
    int value = annotation.value();
    if (value < 1) {
      throw invalid("@ParallelThreadsLimit(" + value + ")", where, "use a limit of 1 or more");
    }
    return value;
  }

  private static int validIterations(Iterations annotation, AnnotatedElement where) {
    int value = annotation.value();
    if (value < 1) {
      throw invalid("@Iterations(" + value + ")", where, "use an iteration count of 1 or more");
    }
    return value;
  }

  private static ExtensionConfigurationException invalid(
      String annotation, AnnotatedElement where, String fix) {
    return new ExtensionConfigurationException(
        annotation + " on " + TestElements.describe(where) + " is invalid: " + fix);
  }
}
