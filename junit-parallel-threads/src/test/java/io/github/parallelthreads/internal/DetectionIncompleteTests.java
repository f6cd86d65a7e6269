package io.github.parallelthreads.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.parallelthreads.ParallelThreads;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * A class file that detection cannot read (too new for the library's ASM, corrupt) is named on the
 * test whose detection needed it, with the reason, once per class in a run.
 */
class DetectionIncompleteTests {

  private static final String UNREADABLE =
      "could not read the class file of "
          + Helper.class.getName()
          + ": "
          + "java.lang.IllegalArgumentException: Unsupported class file version 200.0";

  @Test
  void anUnreadableClassIsNamedOnTheFirstTestThatNeedsItAndNeverAgain() {
    EngineExecutionResults results = run(TwoTestsCallTheHelperTestCase.class, "false");

    results.testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0).skipped(0));
    assertThat(detectionIncomplete(results)).containsExactly("first() " + UNREADABLE);
  }

  @Test
  void itIsNamedAlsoWhenTheSkipConditionWorksThePlanOutFirst() {
    EngineExecutionResults results = run(TwoTestsCallTheHelperTestCase.class, "true");

    results.testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0).skipped(0));
    assertThat(detectionIncomplete(results)).containsExactly("first() " + UNREADABLE);
  }

  @Test
  void theTestStillRunsInParallel() {
    EngineExecutionResults results = run(TwoTestsCallTheHelperTestCase.class, "false");

    assertThat(
            results.allEvents().reportingEntryPublished().stream()
                .map(event -> event.getPayload(ReportEntry.class).orElseThrow())
                .map(entry -> entry.getKeyValuePairs().get("parallel.threads"))
                .filter(threads -> threads != null))
        .containsExactly("2", "2");
  }

  private static EngineExecutionResults run(Class<?> fixture, String skipThreadUnsafe) {
    Class<?> copy =
        new UnreadableClassFileLoader(DetectionIncompleteTests.class, Helper.class).copyOf(fixture);
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameter("junit.parallel.skip-thread-unsafe", skipThreadUnsafe)
        .selectors(selectClass(copy))
        .execute();
  }

  /** Each entry as the test's display name and the entry's value. */
  private static List<String> detectionIncomplete(EngineExecutionResults results) {
    return results.allEvents().reportingEntryPublished().stream()
        .filter(
            event ->
                event
                    .getPayload(ReportEntry.class)
                    .orElseThrow()
                    .getKeyValuePairs()
                    .containsKey("parallel.detection-incomplete"))
        .map(
            event ->
                event.getTestDescriptor().getDisplayName()
                    + " "
                    + event
                        .getPayload(ReportEntry.class)
                        .orElseThrow()
                        .getKeyValuePairs()
                        .get("parallel.detection-incomplete"))
        .collect(Collectors.toList());
  }

  @ParallelThreads(2)
  @TestMethodOrder(MethodOrderer.MethodName.class)
  static class TwoTestsCallTheHelperTestCase {
    @Test
    void first() {
      Helper.work();
    }

    @Test
    void second() {
      Helper.work();
    }
  }

  /** Its class file is served as one no ASM reads. */
  static class Helper {
    static void work() {}
  }
}
