package io.github.parallelthreads.benchmarks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.parallelthreads.ParallelThreadsExtension;
import io.github.parallelthreads.benchmarks.suite.ConditionOnlyExtension;
import io.github.parallelthreads.benchmarks.suite.ExtensionProbe;
import io.github.parallelthreads.benchmarks.suite.InterceptorOnlyExtension;
import io.github.parallelthreads.benchmarks.suite.MarkerExtension;
import io.github.parallelthreads.benchmarks.suite.NoOpExtension;
import io.github.parallelthreads.benchmarks.suite.RegisteredExtensions;
import io.github.parallelthreads.benchmarks.suite.TrivialSuite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.Extension;
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
  WITHOUT_EXTENSION("without-extension", 0, null),
  NO_OP_EXTENSION("no-op-extension", 0, NoOpExtension.class),
  // Controls that split the no-op extension's cost: registering one, and each extension point.
  MARKER_EXTENSION("marker-extension", 0, MarkerExtension.class),
  CONDITION_ONLY("condition-only", 0, ConditionOnlyExtension.class),
  INTERCEPTOR_ONLY("interceptor-only", 0, InterceptorOnlyExtension.class),
  EXTENSION_1_THREAD("extension-1-thread", 1, ParallelThreadsExtension.class),
  EXTENSION_4_THREADS("extension-4-threads", 4, ParallelThreadsExtension.class),
  /**
   * Four threads with junit.parallel.perturb=on (needs the library as a Java agent), the suite's
   * package in scope: the generated tests are in a jar, outside perturbation's default scope.
   */
  EXTENSION_4_THREADS_PERTURB(
      "extension-4-threads-perturb",
      4,
      ParallelThreadsExtension.class,
      Map.of(
          "junit.parallel.perturb", "on",
          "junit.parallel.perturb.packages", "io.github.parallelthreads.benchmarks.suite"));

  private final String id;

  /** The thread count the probe must see; 0 when the library must not be active. */
  private final int threads;

  /** The one extension autodetection includes: a control or the library; null for none. */
  private final Class<? extends Extension> extension;

  private final Map<String, String> configuration;

  SuiteSetup(String id, int threads, Class<? extends Extension> extension) {
    this(id, threads, extension, Map.of());
  }

  SuiteSetup(
      String id, int threads, Class<? extends Extension> extension, Map<String, String> more) {
    this.id = id;
    this.threads = threads;
    this.extension = extension;
    Map<String, String> configuration = new HashMap<>(configuration(extension, threads));
    configuration.putAll(more);
    this.configuration = Map.copyOf(configuration);
  }

  /**
   * Applies the ServiceLoader-registered extension to every test, as a suite-wide user would; the
   * include pattern keeps out the other extensions this jar registers.
   */
  private static Map<String, String> configuration(
      Class<? extends Extension> extension, int threads) {
    Map<String, String> configuration = new HashMap<>();
    if (extension != null) {
      configuration.put("junit.jupiter.extensions.autodetection.enabled", "true");
      configuration.put("junit.jupiter.extensions.autodetection.include", extension.getName());
    }
    if (threads > 0) {
      configuration.put("junit.parallel.threads", String.valueOf(threads));
    }
    return Map.copyOf(configuration);
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

  /**
   * Fails unless exactly this set-up's extension of all the set-ups' extensions is registered, and
   * the library is active exactly as this set-up says, on as many threads.
   */
  void verifyWith(Launcher launcher) {
    ExtensionProbe.reset();
    RegisteredExtensions.reset();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(request(List.of(ExtensionProbe.class)), listener);
    requireOwnExtensionRegistered();
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

  /**
   * Fails unless every test of the suite was found and passed: a timing of a failing run means
   * nothing.
   */
  void requireAllPassed(TestExecutionSummary summary) {
    if (summary.getTestsFoundCount() != TrivialSuite.TEST_COUNT
        || summary.getTestsSucceededCount() != TrivialSuite.TEST_COUNT
        || summary.getTotalFailureCount() != 0) {
      StringWriter report = new StringWriter();
      summary.printTo(new PrintWriter(report));
      summary.printFailuresTo(new PrintWriter(report), 5);
      throw new IllegalStateException(
          "set-up " + id + ": expected " + TrivialSuite.TEST_COUNT + " passing tests:\n" + report);
    }
  }

  /** Positive proof that a control is in place, not only that the library is not. */
  private void requireOwnExtensionRegistered() {
    Set<Class<?>> registered = new HashSet<>(RegisteredExtensions.classes());
    registered.retainAll(allExtensions());
    Set<Class<?>> expected = extension == null ? Set.of() : Set.of(extension);
    if (!registered.equals(expected)) {
      throw new IllegalStateException(
          "set-up "
              + id
              + " expects "
              + (extension == null ? "none" : extension.getName())
              + " of the set-ups' extensions registered, but JUnit registered "
              + (registered.isEmpty() ? "none" : names(registered)));
    }
  }

  private static Set<Class<?>> allExtensions() {
    return Arrays.stream(values())
        .map(setup -> setup.extension)
        .filter(Objects::nonNull)
        .collect(Collectors.toSet());
  }

  private static String names(Set<Class<?>> classes) {
    return classes.stream().map(Class::getName).sorted().collect(Collectors.joining(", "));
  }
}
