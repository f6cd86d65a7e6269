package io.github.parallelthreads.examples.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * One run of a fixture class through the real Jupiter engine, read back: which tests passed, and
 * the report entries the extension published on each. For what the extension does the same way
 * every time, such as running a test on one thread because it changes JVM-global state; a bug that
 * shows only in some runs needs {@link Exposure}.
 */
public final class FixtureRun {

  private final Class<?> fixture;
  private final EngineExecutionResults results;

  private FixtureRun(Class<?> fixture, EngineExecutionResults results) {
    this.fixture = fixture;
    this.results = results;
  }

  /** Runs the fixture's tests once. */
  public static FixtureRun of(Class<?> fixture) {
    return new FixtureRun(
        fixture, EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute());
  }

  /** Asserts that the fixture ran exactly {@code count} tests and that every one of them passed. */
  public FixtureRun assertAllPassed(long count) {
    results
        .testEvents()
        .assertStatistics(
            stats -> stats.started(count).succeeded(count).failed(0).aborted(0).skipped(0));
    return this;
  }

  /**
   * The report entries published on the one test whose display name starts with {@code
   * displayNamePrefix} (such as {@code "printsBanner("}), merged into one map.
   */
  public Map<String, String> reportEntriesOf(String displayNamePrefix) {
    testNamed(displayNamePrefix);
    Map<String, String> entries = new LinkedHashMap<>();
    results.allEvents().reportingEntryPublished().stream()
        .filter(event -> named(event, displayNamePrefix))
        .map(event -> event.getPayload(ReportEntry.class).orElseThrow())
        .forEach(entry -> entries.putAll(entry.getKeyValuePairs()));
    return entries;
  }

  /**
   * Prints why the extension ran a test on one thread, so a run of the examples shows it: a line
   * starting {@code [one thread]}.
   */
  public FixtureRun showRunOnOneThread(String displayNamePrefix) {
    System.out.printf(
        "%n[one thread] %s > %s:%n  %s%n",
        fixture.getSimpleName(),
        testNamed(displayNamePrefix).getTestDescriptor().getDisplayName(),
        reportEntriesOf(displayNamePrefix).get("parallel.thread-unsafe"));
    return this;
  }

  private Event testNamed(String displayNamePrefix) {
    List<Event> tests =
        results.testEvents().started().stream()
            .filter(event -> named(event, displayNamePrefix))
            .collect(Collectors.toList());
    assertThat(tests).as("tests of %s named %s...", fixture, displayNamePrefix).hasSize(1);
    return tests.get(0);
  }

  private static boolean named(Event event, String displayNamePrefix) {
    return event.getTestDescriptor().getDisplayName().startsWith(displayNamePrefix);
  }
}
