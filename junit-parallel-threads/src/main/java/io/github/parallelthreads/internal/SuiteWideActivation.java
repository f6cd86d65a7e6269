package io.github.parallelthreads.internal;

import io.github.parallelthreads.ParallelThreadsExtension;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Lets one property ({@code -Djunit.parallel.threads=8}) stress a whole suite with no test edited.
 *
 * <p>Jupiter applies extensions registered through the {@code ServiceLoader}, as this library
 * registers {@link ParallelThreadsExtension}, only when {@code
 * junit.jupiter.extensions.autodetection.enabled=true}. The launcher loads this listener by itself
 * and calls it before any engine discovers tests; when a {@code junit.parallel.*} key is set and
 * the user has not decided on autodetection, it turns autodetection on and, from JUnit 5.12, limits
 * it to this extension (on 5.10 and 5.11, which lack the include filter, every extension registered
 * for autodetection on the class path is switched on with it). The launcher reads system properties
 * when they are asked for, so Jupiter sees the setting. A misspelt {@code junit.parallel.*} key
 * fails the run: a stress test that silently ran on one thread would give false confidence.
 *
 * <p>The properties last as long as the launcher session ({@link SessionScopedProperties}). A test
 * plan discovered in one session can be executed in another (Eclipse discovers, then executes,
 * through {@code LauncherFactory.create()}, which opens a session per call), so the listener also
 * runs when a test plan's execution starts, and turns autodetection on again if that plan asks for
 * it and it is off.
 *
 * <p>Public only because the launcher instantiates it.
 */
public final class SuiteWideActivation implements LauncherDiscoveryListener, TestExecutionListener {

  static final String AUTODETECTION_ENABLED = "junit.jupiter.extensions.autodetection.enabled";
  static final String AUTODETECTION_INCLUDE = "junit.jupiter.extensions.autodetection.include";
  static final String AUTODETECTION_EXCLUDE = "junit.jupiter.extensions.autodetection.exclude";

  /** Created by the launcher through the {@code ServiceLoader}. */
  public SuiteWideActivation() {}

  @Override
  public void launcherDiscoveryStarted(LauncherDiscoveryRequest request) {
    ConfigurationParameters parameters = request.getConfigurationParameters();
    rejectUnknownKeys(parameters);
    activateIfAsked(parameters);
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    activateIfAsked(testPlan.getConfigurationParameters());
  }

  private static void activateIfAsked(ConfigurationParameters parameters) {
    boolean requested =
        ConfigurationKeys.ALL.stream().anyMatch(key -> parameters.get(key).isPresent());
    if (!requested || parameters.get(AUTODETECTION_ENABLED).isPresent()) {
      return; // nothing asked for, the user decided on autodetection, or it is on for this session
    }
    SessionScopedProperties.set(AUTODETECTION_ENABLED, "true");
    if (parameters.get(AUTODETECTION_INCLUDE).isEmpty()
        && parameters.get(AUTODETECTION_EXCLUDE).isEmpty()) {
      SessionScopedProperties.set(AUTODETECTION_INCLUDE, ParallelThreadsExtension.class.getName());
    }
  }

  private static void rejectUnknownKeys(ConfigurationParameters parameters) {
    List<String> unknown =
        parameters.keySet().stream()
            .filter(key -> key.startsWith(ConfigurationKeys.PREFIX))
            .filter(key -> !ConfigurationKeys.ALL.contains(key))
            .sorted()
            .collect(Collectors.toList());
    if (!unknown.isEmpty()) {
      throw new JUnitException(
          "unknown configuration parameter"
              + (unknown.size() == 1 ? " " : "s ")
              + unknown.stream()
                  .map(key -> key + "=" + parameters.get(key).orElse(""))
                  .collect(Collectors.joining(", "))
              + ": junit-parallel-threads reads "
              + String.join(", ", ConfigurationKeys.ALL));
    }
  }
}
