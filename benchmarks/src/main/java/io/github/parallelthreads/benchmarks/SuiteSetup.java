package io.github.parallelthreads.benchmarks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.parallelthreads.ParallelThreadsExtension;
import io.github.parallelthreads.benchmarks.suite.ConditionOnlyExtension;
import io.github.parallelthreads.benchmarks.suite.ExtensionProbe;
import io.github.parallelthreads.benchmarks.suite.InterceptorOnlyExtension;
import io.github.parallelthreads.benchmarks.suite.MarkerExtension;
import io.github.parallelthreads.benchmarks.suite.NoOpExtension;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The ways the suite is run: without the extension, with a do-nothing extension (a control: what
 * JUnit charges for any extension of the same kind), and with the library on one and on four
 * threads. Each set-up with autodetection includes exactly one extension.
 */
enum SuiteSetup {
  WITHOUT_EXTENSION("without-extension", 0, Map.of()),
  NO_OP_EXTENSION("no-op-extension", 0, autodetecting(NoOpExtension.class)),
  // Controls that split the no-op extension's cost: registering one, and each extension point.
  MARKER_EXTENSION("marker-extension", 0, autodetecting(MarkerExtension.class)),
  CONDITION_ONLY("condition-only", 0, autodetecting(ConditionOnlyExtension.class)),
  INTERCEPTOR_ONLY("interceptor-only", 0, autodetecting(InterceptorOnlyExtension.class)),
  EXTENSION_1_THREAD("extension-1-thread", 1, withExtension(1)),
  EXTENSION_4_THREADS("extension-4-threads", 4, withExtension(4));

  private final String id;

  /** The thread count the probe must see; 0 when the extension must not be active. */
  private final int threads;

  private final Map<String, String> configuration;

  SuiteSetup(String id, int threads, Map<String, String> configuration) {
    this.id = id;
    this.threads = threads;
    this.configuration = configuration;
  }

  private static Map<String, String> autodetecting(Class<?> extension) {
    return Map.of(
        "junit.jupiter.extensions.autodetection.enabled",
        "true",
        "junit.jupiter.extensions.autodetection.include",
        extension.getName());
  }

  /** Applies the ServiceLoader-registered extension to every test, as a suite-wide user would. */
  private static Map<String, String> withExtension(int threads) {
    return Map.of(
        "junit.jupiter.extensions.autodetection.enabled",
        "true",
        "junit.jupiter.extensions.autodetection.include",
        ParallelThreadsExtension.class.getName(),
        "junit.parallel.threads",
        String.valueOf(threads));
  }

  static SuiteSetup byId(String id) {
    for (SuiteSetup setup : values()) {
      if (setup.id.equals(id)) {
        return setup;
      }
    }
    throw new IllegalArgumentException("unknown suite set-up: " + id);
  }

  String id() {
    return id;
  }

  LauncherDiscoveryRequest request(List<Class<?>> classes) {
    return LauncherDiscoveryRequestBuilder.request()
        .selectors(classes.stream().map(c -> selectClass(c)).collect(Collectors.toList()))
        .configurationParameters(configuration)
        .build();
  }

  /** Fails unless the extension is active exactly as this set-up says, on as many threads. */
  void verifyWith(Launcher launcher) {
    ExtensionProbe.reset();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(request(List.of(ExtensionProbe.class)), listener);
    TestExecutionSummary summary = listener.getSummary();
    boolean probePassed = summary.getTestsSucceededCount() == 1;
    boolean asExpected =
        threads == 0
            ? !probePassed && summary.getTestsFailedCount() == 1
            : probePassed && ExtensionProbe.observedThreadCount() == threads;
    if (!asExpected) {
      throw new IllegalStateException(
          "set-up "
              + id
              + " does not run tests as intended: probe passed="
              + probePassed
              + ", threads seen="
              + ExtensionProbe.observedThreadCount()
              + ", expected threads="
              + threads);
    }
  }
}
