package io.github.parallelthreads.internal;

import io.github.parallelthreads.ParallelThreadsExtension;
import java.util.List;

/**
 * Every configuration key the extension reads, so that a misspelt one is caught; the names
 * themselves are public API on {@link ParallelThreadsExtension}.
 */
final class ConfigurationKeys {

  static final String PREFIX = "junit.parallel.";

  static final List<String> ALL =
      List.of(
          ParallelThreadsExtension.THREADS_PROPERTY_NAME,
          ParallelThreadsExtension.ITERATIONS_PROPERTY_NAME,
          ParallelThreadsExtension.SKIP_THREAD_UNSAFE_PROPERTY_NAME,
          ParallelThreadsExtension.TIMEOUT_PROPERTY_NAME,
          ParallelThreadsExtension.THREAD_UNSAFE_METHODS_PROPERTY_NAME,
          ParallelThreadsExtension.PERTURB_PROPERTY_NAME,
          ParallelThreadsExtension.PERTURB_SEED_PROPERTY_NAME,
          ParallelThreadsExtension.PERTURB_PACKAGES_PROPERTY_NAME);

  private ConfigurationKeys() {}
}
