package io.github.parallelthreads.internal;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The run's configuration, or why it is invalid. Kept once per run in the root context's store; an
 * invalid configuration fails every test that asks for it, each with an exception of its own.
 */
final class ConfigurationResult {

  private final RunConfiguration configuration;
  private final String error;

  private ConfigurationResult(RunConfiguration configuration, String error) {
    this.configuration = configuration;
    this.error = error;
  }

  static ConfigurationResult read(ExtensionContext context) {
    try {
      return new ConfigurationResult(
          new ConfigurationParser(context::getConfigurationParameter).parse(), null);
    } catch (ExtensionConfigurationException invalid) {
      return new ConfigurationResult(null, invalid.getMessage());
    }
  }

  RunConfiguration get() {
    if (error != null) {
      throw new ExtensionConfigurationException(error);
    }
    return configuration;
  }
}
