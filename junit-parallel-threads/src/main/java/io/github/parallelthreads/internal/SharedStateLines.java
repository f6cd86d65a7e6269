package io.github.parallelthreads.internal;

import io.github.parallelthreads.ParallelThreadsExtension;
import io.github.parallelthreads.internal.detection.TestElements;
import io.github.parallelthreads.internal.execution.VisibleForTesting;
import io.github.parallelthreads.internal.sharing.SharedState;
import io.github.parallelthreads.internal.sharing.SharedThroughTest;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The lines of a failure's message that say what the threads shared through the test, published as
 * the report entry {@value ParallelThreadsExtension#SHARED_THROUGH_TEST_REPORT_KEY} too, so that
 * the run summary can group the failed tests by it.
 */
final class SharedStateLines {

  static final String PREFIX = "Shared through the test: ";

  /** How a failure says the analysis itself failed: the failure is reported all the same. */
  static final String NOT_WORKED_OUT = "not worked out: ";

  private static final AtomicLong ANALYSES = new AtomicLong();

  private final SharedThroughTest sharing = new SharedThroughTest();

  /** Works it out for a test that failed on several threads, and publishes it. */
  String workOut(ExtensionContext context) {
    ANALYSES.incrementAndGet();
    String shared;
    String nextSteps = "";
    try {
      TestElements elements = TestElements.of(context);
      List<Class<?>> classes = elements.classesOutermostFirst();
      SharedState state =
          elements.method() == null || classes.isEmpty()
              ? SharedState.NONE
              : sharing.of(elements.method(), classes);
      shared = state.describe();
      for (String step : state.nextSteps()) {
        nextSteps += "\n" + step;
      }
    } catch (RuntimeException | LinkageError unreadable) {
      // the analysis only explains a failure; it must never replace it
      shared = NOT_WORKED_OUT + unreadable;
    }
    context.publishReportEntry(ParallelThreadsExtension.SHARED_THROUGH_TEST_REPORT_KEY, shared);
    return PREFIX + shared + nextSteps;
  }

  /** How many times the analysis ran in this JVM: passing tests must not add to it. */
  @VisibleForTesting
  static long analysesSoFar() {
    return ANALYSES.get();
  }
}
