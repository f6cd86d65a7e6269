package io.github.parallelthreads.examples.exposure;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs a fixture class, whose tests exercise buggy code, through the real Jupiter engine until the
 * extension exposes the bug.
 *
 * <p>A race shows in some runs and not in others. A check that expects it in one particular run
 * would be flaky, so {@link #withinRuns(int)} allows up to K runs and stops at the first one that
 * fails. K is chosen from the exposure rate measured with {@link ExposureRates}: if one run exposes
 * the bug with probability p, all K runs miss it with probability (1 - p)^K, which each check keeps
 * below one in a million even for the lowest rate measured on a loaded machine.
 */
public final class Exposure {

  private final Class<?> fixture;

  private Exposure(Class<?> fixture) {
    this.fixture = fixture;
  }

  /**
   * The fixture: a class (usually a static nested {@code *TestCase}) whose tests run the buggy
   * code; a {@code @RepeatedTest} gives the race several chances in one run.
   */
  public static Exposure of(Class<?> fixture) {
    return new Exposure(fixture);
  }

  /**
   * Runs the fixture up to {@code maxRuns} times and returns the first failure.
   *
   * @throws AssertionError if no run failed, or if a run did anything but pass or fail
   */
  public Exposed withinRuns(int maxRuns) {
    for (int run = 1; run <= maxRuns; run++) {
      Throwable failure = runOnce();
      if (failure != null) {
        return new Exposed(fixture, run, maxRuns, failure);
      }
    }
    throw new AssertionError(
        fixture.getSimpleName() + " passed in all " + maxRuns + " runs: the bug was not exposed");
  }

  /**
   * Runs the fixture once.
   *
   * @return the first failure of its tests, or {@code null} if they all passed
   * @throws AssertionError if the fixture ran no test, or a test or container was skipped or
   *     aborted: then the run says less about the bug than it seems, and the check must not pass on
   *     it
   */
  Throwable runOnce() {
    EngineExecutionResults results =
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute();
    List<TestExecutionResult> finished =
        results.testEvents().finished().stream()
            .map(event -> event.getPayload(TestExecutionResult.class).orElseThrow())
            .collect(Collectors.toList());
    List<String> other =
        results.allEvents().stream()
            .filter(Exposure::neitherPassedNorFailed)
            .map(event -> event.getTestDescriptor().getDisplayName() + ": " + event)
            .collect(Collectors.toList());
    if (finished.isEmpty() || !other.isEmpty()) {
      throw new AssertionError(
          fixture.getSimpleName()
              + " must run tests that pass or fail; it finished "
              + finished.size()
              + " tests, and these were skipped or aborted: "
              + other);
    }
    return finished.stream()
        .filter(result -> result.getStatus() != TestExecutionResult.Status.SUCCESSFUL)
        .map(result -> result.getThrowable().orElseThrow())
        .findFirst()
        .orElse(null);
  }

  private static boolean neitherPassedNorFailed(Event event) {
    return switch (event.getType()) {
      case SKIPPED -> true;
      case FINISHED ->
          event
              .getPayload(TestExecutionResult.class)
              .map(result -> result.getStatus() == TestExecutionResult.Status.ABORTED)
              .orElse(false);
      default -> false;
    };
  }
}
