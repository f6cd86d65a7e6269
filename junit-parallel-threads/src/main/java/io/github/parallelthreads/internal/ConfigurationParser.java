package io.github.parallelthreads.internal;

import static io.github.parallelthreads.ParallelThreadsExtension.ITERATIONS_PROPERTY_NAME;
import static io.github.parallelthreads.ParallelThreadsExtension.PERTURB_PACKAGES_PROPERTY_NAME;
import static io.github.parallelthreads.ParallelThreadsExtension.PERTURB_PROPERTY_NAME;
import static io.github.parallelthreads.ParallelThreadsExtension.PERTURB_SEED_PROPERTY_NAME;
import static io.github.parallelthreads.ParallelThreadsExtension.SKIP_THREAD_UNSAFE_PROPERTY_NAME;
import static io.github.parallelthreads.ParallelThreadsExtension.THREADS_PROPERTY_NAME;
import static io.github.parallelthreads.ParallelThreadsExtension.THREAD_UNSAFE_METHODS_PROPERTY_NAME;
import static io.github.parallelthreads.ParallelThreadsExtension.TIMEOUT_PROPERTY_NAME;

import io.github.parallelthreads.internal.detection.MethodPattern;
import io.github.parallelthreads.internal.execution.Durations;
import io.github.parallelthreads.internal.perturbation.Scope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Turns configuration parameters into a {@link RunConfiguration}. A value it cannot read is an
 * error naming the key, the value and what is allowed: silently running on one thread instead would
 * give false confidence.
 */
final class ConfigurationParser {

  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)");

  /**
   * The longest timeout accepted. Longer ones are typos or mean "no timeout", which a stress tool
   * that must never hang does not offer; much longer ones would not even fit a wait in nanoseconds.
   */
  static final Duration MAX_TIMEOUT = Duration.ofHours(8760);

  private final Function<String, Optional<String>> parameters;

  ConfigurationParser(Function<String, Optional<String>> parameters) {
    this.parameters = parameters;
  }

  RunConfiguration parse() {
    RunConfiguration defaults = RunConfiguration.DEFAULTS;
    Optional<String> threadsValue = parameters.apply(THREADS_PROPERTY_NAME);
    return new RunConfiguration(
        threadsValue.map(this::threads).orElse(defaults.threads()),
        threadsValue
            .map(value -> THREADS_PROPERTY_NAME + "=" + value.trim())
            .orElse(defaults.threadsSource()),
        parameters
            .apply(ITERATIONS_PROPERTY_NAME)
            .map(this::iterations)
            .orElse(defaults.iterations()),
        parameters
            .apply(SKIP_THREAD_UNSAFE_PROPERTY_NAME)
            .map(this::skip)
            .orElse(defaults.skipThreadUnsafe()),
        parameters.apply(TIMEOUT_PROPERTY_NAME).map(this::timeout).orElse(defaults.timeout()),
        parameters.apply(THREAD_UNSAFE_METHODS_PROPERTY_NAME).map(this::methods).orElse(List.of()),
        perturbation());
  }

  /**
   * Reads the three keys of brutal mode; the seed and packages are checked even when it is off, so
   * that a typo shows before it is turned on.
   */
  private PerturbationSettings perturbation() {
    boolean on = parameters.apply(PERTURB_PROPERTY_NAME).map(this::perturb).orElse(false);
    long seed =
        parameters
            .apply(PERTURB_SEED_PROPERTY_NAME)
            .map(this::seed)
            .orElseGet(() -> ThreadLocalRandom.current().nextLong(Long.MAX_VALUE));
    Scope scope =
        parameters
            .apply(PERTURB_PACKAGES_PROPERTY_NAME)
            .map(this::packages)
            .orElseGet(Scope::classPathDirectories);
    return on ? new PerturbationSettings(true, seed, scope) : PerturbationSettings.OFF;
  }

  private boolean perturb(String value) {
    String trimmed = value.trim().toLowerCase(Locale.ROOT);
    if (trimmed.equals("on") || trimmed.equals("off")) {
      return trimmed.equals("on");
    }
    throw invalid(PERTURB_PROPERTY_NAME, value, "'off' or 'on'");
  }

  private long seed(String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException notALong) {
      throw invalid(
          PERTURB_SEED_PROPERTY_NAME,
          value,
          "a whole number from "
              + Long.MIN_VALUE
              + " to "
              + Long.MAX_VALUE
              + ", such as the seed a failure message printed");
    }
  }

  private Scope packages(String value) {
    String allowed = "comma-separated package names such as com.acme or org.example.parser";
    if (value.isBlank()) {
      throw invalid(PERTURB_PACKAGES_PROPERTY_NAME, value, allowed);
    }
    List<String> packages = new ArrayList<>();
    for (String entry : value.split(",", -1)) {
      String name = entry.trim();
      String whyNot = Scope.whyNotAllowed(name);
      if (whyNot != null) {
        throw new ExtensionConfigurationException(
            "invalid entry '"
                + name
                + "' in "
                + PERTURB_PACKAGES_PROPERTY_NAME
                + "="
                + value
                + ": "
                + whyNot
                + "; expected "
                + allowed);
      }
      packages.add(name);
    }
    return Scope.packages(packages);
  }

  private int threads(String value) {
    String trimmed = value.trim();
    if (trimmed.equalsIgnoreCase("auto")) {
      return Limits.availableProcessors();
    }
    return wholeNumber(
        THREADS_PROPERTY_NAME,
        value,
        1,
        Limits.MAX_THREADS,
        "a whole number from 1 to " + Limits.MAX_THREADS + ", or 'auto'");
  }

  private int iterations(String value) {
    return wholeNumber(
        ITERATIONS_PROPERTY_NAME,
        value,
        1,
        Integer.MAX_VALUE,
        "a whole number from 1 to " + Integer.MAX_VALUE);
  }

  private boolean skip(String value) {
    String trimmed = value.trim().toLowerCase(Locale.ROOT);
    if (trimmed.equals("true") || trimmed.equals("false")) {
      return Boolean.parseBoolean(trimmed);
    }
    throw invalid(SKIP_THREAD_UNSAFE_PROPERTY_NAME, value, "'true' or 'false'");
  }

  private Duration timeout(String value) {
    String allowed = "a positive duration such as 500ms, 30s, 5m or 1h";
    var matcher = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw invalid(TIMEOUT_PROPERTY_NAME, value, allowed);
    }
    long amount = Long.parseLong(matcher.group(1));
    if (amount == 0) {
      throw invalid(TIMEOUT_PROPERTY_NAME, value, allowed);
    }
    Duration timeout =
        switch (matcher.group(2)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          default -> Duration.ofHours(amount);
        };
    if (timeout.compareTo(MAX_TIMEOUT) > 0) {
      throw invalid(
          TIMEOUT_PROPERTY_NAME,
          value,
          "a positive duration of at most " + Durations.format(MAX_TIMEOUT) + " (one year)");
    }
    return timeout;
  }

  private List<MethodPattern> methods(String value) {
    List<MethodPattern> patterns = new ArrayList<>();
    if (value.isBlank()) {
      return patterns;
    }
    for (String entry : value.split(",", -1)) {
      MethodPattern pattern = MethodPattern.parse(entry.trim());
      if (pattern == null) {
        throw new ExtensionConfigurationException(
            "invalid entry '"
                + entry.trim()
                + "' in "
                + THREAD_UNSAFE_METHODS_PROPERTY_NAME
                + "="
                + value
                + ": expected comma-separated entries of the forms "
                + MethodPattern.FORMS);
      }
      patterns.add(pattern);
    }
    return patterns;
  }

  private static int wholeNumber(String key, String value, int min, int max, String allowed) {
    try {
      long number = Long.parseLong(value.trim());
      if (number >= min && number <= max) {
        return (int) number;
      }
    } catch (NumberFormatException notANumber) {
      // reported below, with what is allowed
    }
    throw invalid(key, value, allowed);
  }

  private static ExtensionConfigurationException invalid(String key, String value, String allowed) {
    return new ExtensionConfigurationException(
        "invalid value '"
            + value
            + "' for configuration parameter "
            + key
            + ": expected "
            + allowed);
  }
}
