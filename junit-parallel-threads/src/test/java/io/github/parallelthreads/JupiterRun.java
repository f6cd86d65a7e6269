package io.github.parallelthreads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/** Runs fixture classes through the real Jupiter engine and reads back what happened. */
final class JupiterRun {

  private final EngineExecutionResults results;

  private JupiterRun(EngineExecutionResults results) {
    this.results = results;
  }

  /** Runs the class with configuration given as alternating keys and values. */
  static JupiterRun of(Class<?> testClass, String... configuration) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i < configuration.length; i += 2) {
      parameters.put(configuration[i], configuration[i + 1]);
    }
    return new JupiterRun(
        EngineTestKit.engine("junit-jupiter")
            .configurationParameters(parameters)
            .selectors(selectClass(testClass))
            .execute());
  }

  EngineExecutionResults results() {
    return results;
  }

  JupiterRun assertCounts(long succeeded, long failed) {
    results.testEvents().assertStatistics(stats -> stats.succeeded(succeeded).failed(failed));
    return this;
  }

  /** The exception a test (found by display name prefix, e.g. "body(") finished with. */
  Throwable failureOf(String displayNamePrefix) {
    List<Throwable> failures =
        finished(displayNamePrefix).stream()
            .map(event -> event.getPayload(TestExecutionResult.class).orElseThrow())
            .map(result -> result.getThrowable().orElse(null))
            .filter(throwable -> throwable != null)
            .collect(Collectors.toList());
    assertThat(failures).as("failures of %s", displayNamePrefix).hasSize(1);
    return failures.get(0);
  }

  /** The reason a test was skipped with. */
  String skipReasonOf(String displayNamePrefix) {
    List<String> reasons =
        results.testEvents().skipped().stream()
            .filter(event -> named(event, displayNamePrefix))
            .map(event -> event.getPayload(String.class).orElse(""))
            .collect(Collectors.toList());
    assertThat(reasons).as("skip reasons of %s", displayNamePrefix).hasSize(1);
    return reasons.get(0);
  }

  /** The report entries a test published, merged. */
  Map<String, String> reportEntriesOf(String displayNamePrefix) {
    Map<String, String> entries = new LinkedHashMap<>();
    results.allEvents().reportingEntryPublished().stream()
        .filter(event -> named(event, displayNamePrefix))
        .map(event -> event.getPayload(ReportEntry.class).orElseThrow())
        .forEach(entry -> entries.putAll(entry.getKeyValuePairs()));
    return entries;
  }

  private List<Event> finished(String displayNamePrefix) {
    return results.testEvents().stream()
        .filter(event -> event.getType() == EventType.FINISHED)
        .filter(event -> named(event, displayNamePrefix))
        .collect(Collectors.toList());
  }

  private static boolean named(Event event, String displayNamePrefix) {
    return event.getTestDescriptor().getDisplayName().startsWith(displayNamePrefix);
  }
}
