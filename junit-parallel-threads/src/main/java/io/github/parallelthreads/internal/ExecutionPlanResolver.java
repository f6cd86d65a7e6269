package io.github.parallelthreads.internal;

import io.github.parallelthreads.IterateFor;
import io.github.parallelthreads.Iterations;
import io.github.parallelthreads.ParallelThreads;
import io.github.parallelthreads.ParallelThreadsLimit;
import io.github.parallelthreads.internal.classfile.UnreadableClass;
import io.github.parallelthreads.internal.detection.TestElements;
import io.github.parallelthreads.internal.detection.ThreadUnsafeVerdicts;
import java.lang.reflect.AnnotatedElement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Works out a test's {@link ExecutionPlan}: the configured thread count, then, from the outermost
 * class to the method, each level's {@link ParallelThreadsLimit} caps it and its {@link
 * ParallelThreads} replaces it; the nearest {@link Iterations} replaces the configured iterations,
 * the nearest {@link IterateFor} the configured budget; a thread-unsafe verdict forces one thread.
 */
final class ExecutionPlanResolver {

  private final ThreadUnsafeVerdicts verdicts = new ThreadUnsafeVerdicts();

  ExecutionPlan resolve(TestElements elements, RunConfiguration configuration) {
    List<LevelAnnotations> levels = LevelAnnotations.outermostFirst(elements);
    int threads = configuration.threads();
    String threadsSource = configuration.threadsSource();
    String iterationsSource = null;
    int iterations = configuration.iterations();
    Duration iterateFor = configuration.iterateFor();
    String iterateForSource = null;
    for (LevelAnnotations level : levels) {
      if (level.limit() != null) {
        threads = Math.min(threads, validLimit(level.limit(), level.element()));
      }
      if (level.threads() != null) {
        threads = validThreads(level.threads(), level.element());
        threadsSource = "@ParallelThreads(" + level.threads().value() + ")";
      }
      if (level.iterations() != null) {
        iterations = validIterations(level.iterations(), level.element());
        iterationsSource = "@Iterations(" + iterations + ")";
      }
      if (level.iterateFor() != null) {
        iterateFor = validIterateFor(level.iterateFor(), level.element(), configuration.timeout());
        iterateForSource = describe(level.iterateFor());
      }
    }
    // detection costs time; it only matters for a test that would otherwise run on workers
    boolean wouldRunOnWorkers = threads > 1 || iterations > 1 || iterateFor != null;
    String reason =
        wouldRunOnWorkers
            ? verdicts.reasonFor(elements, configuration.threadUnsafeMethods()).orElse(null)
            : null;
    if (reason != null) {
      reason =
          reason
              + overridden(
                  threadsSource.startsWith("@") ? threadsSource : null,
                  iterationsSource,
                  iterateForSource);
    }
    return new ExecutionPlan(threads, iterations, reason, iterateFor);
  }

  /** The classes detection on this thread could not read since it last asked, each once. */
  List<UnreadableClass> unreadableClasses() {
    return verdicts.unreadableClasses();
  }

  /** Names the annotations a thread-unsafe verdict overrides, if any. */
  private static String overridden(String... annotations) {
    List<String> present = new ArrayList<>();
    for (String annotation : annotations) {
      if (annotation != null) {
        present.add(annotation);
      }
    }
    if (present.isEmpty()) {
      return "";
    }
    String last = present.remove(present.size() - 1);
    return " (overrides "
        + (present.isEmpty() ? "" : String.join(", ", present) + " and ")
        + last
        + ")";
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

  private static Duration validIterateFor(
      IterateFor annotation, AnnotatedElement where, Duration timeout) {
    try {
      return IterateForValues.parse(annotation.value(), timeout);
    } catch (IllegalArgumentException invalid) {
      throw invalid(describe(annotation), where, "use " + invalid.getMessage());
    }
  }

  private static String describe(IterateFor annotation) {
    return "@IterateFor(\"" + annotation.value() + "\")";
  }

  private static ExtensionConfigurationException invalid(
      String annotation, AnnotatedElement where, String fix) {
    return new ExtensionConfigurationException(
        annotation + " on " + TestElements.describe(where) + " is invalid: " + fix);
  }
}
