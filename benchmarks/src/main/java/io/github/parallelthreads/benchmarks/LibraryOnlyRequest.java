package io.github.parallelthreads.benchmarks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.parallelthreads.ParallelThreadsExtension;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * A launcher request for one test class with the library registered suite-wide and as the only
 * extension autodetection picks: this jar also registers the overhead benchmark's controls.
 */
public final class LibraryOnlyRequest {

  private LibraryOnlyRequest() {}

  /**
   * @param keys the {@code junit.parallel.*} configuration, such as the thread count
   */
  public static LauncherDiscoveryRequest of(Class<?> testClass, Map<String, String> keys) {
    Map<String, String> configuration = new LinkedHashMap<>();
    configuration.put("junit.jupiter.extensions.autodetection.enabled", "true");
    configuration.put(
        "junit.jupiter.extensions.autodetection.include", ParallelThreadsExtension.class.getName());
    configuration.putAll(keys);
    return LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(testClass))
        .configurationParameters(configuration)
        .build();
  }
}
