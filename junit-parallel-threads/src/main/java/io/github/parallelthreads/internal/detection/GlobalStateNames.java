package io.github.parallelthreads.internal.detection;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Annotations, parameter types and extensions of other libraries that change or capture JVM-global
 * state, recognised by name so that none of those libraries is needed to compile or run: JUnit's
 * own (in {@code org.junit.jupiter.api.util} since 6.1), JUnit Pioneer's and Spring Boot's. It also
 * knows the annotations that only set a global value around the test, which are no verdict.
 */
final class GlobalStateNames {

  private static final String JUNIT = "org.junit.jupiter.api.util.";
  private static final String PIONEER = "org.junitpioneer.jupiter.";
  private static final String SPRING_BOOT = "org.springframework.boot.test.system.";

  private static final String PROPERTIES = "changes system properties";
  private static final String ENVIRONMENT = "changes environment variables";
  private static final String LOCALE = "changes the default locale";
  private static final String TIME_ZONE = "changes the default time zone";
  private static final String STD_IO = "replaces standard input and output";
  private static final String OUTPUT_AND_ERROR = "captures standard output and error";

  /**
   * Annotations whose extension sets a global value once around the test, on JUnit's thread, and
   * restores it after: the bodies only read that value, so these leave a test parallel. The
   * read-write resource locks they carry as meta-annotations guard the extension's own write, not
   * the bodies.
   */
  private static final Set<String> SET_AROUND_THE_TEST =
      Set.of(
          JUNIT + "DefaultLocale",
          JUNIT + "DefaultTimeZone",
          JUNIT + "SetSystemProperty",
          JUNIT + "ClearSystemProperty",
          PIONEER + "DefaultLocale",
          PIONEER + "DefaultTimeZone",
          PIONEER + "SetSystemProperty",
          PIONEER + "ClearSystemProperty",
          PIONEER + "SetEnvironmentVariable",
          PIONEER + "ClearEnvironmentVariable");

  /**
   * Annotations under which the body itself changes or captures global state: it writes system
   * properties or environment variables that the extension restores after the test, or it reads and
   * writes the standard streams the extension replaced.
   */
  private static final Map<String, String> CHANGING =
      Map.ofEntries(
          annotation(JUNIT, "RestoreSystemProperties", PROPERTIES),
          annotation(PIONEER, "StdIo", STD_IO),
          annotation(PIONEER, "RestoreEnvironmentVariables", ENVIRONMENT),
          annotation(PIONEER, "RestoreSystemProperties", PROPERTIES));

  /**
   * The markers that say a test writes global state. They carry a read-write resource lock, which
   * names the resource more precisely, so they count by name only when that lock is not one of the
   * recognised global ones (Pioneer's environment variables).
   */
  private static final Map<String, String> WRITING =
      Map.ofEntries(
          annotation(JUNIT, "WritesSystemProperty", PROPERTIES),
          annotation(JUNIT, "WritesDefaultLocale", LOCALE),
          annotation(JUNIT, "WritesDefaultTimeZone", TIME_ZONE),
          annotation(PIONEER, "WritesStdIo", STD_IO),
          annotation(PIONEER, "WritesSystemProperty", PROPERTIES),
          annotation(PIONEER, "WritesEnvironmentVariable", ENVIRONMENT),
          annotation(PIONEER, "WritesDefaultLocale", LOCALE),
          annotation(PIONEER, "WritesDefaultTimeZone", TIME_ZONE));

  /** Parameter types whose instances replace a standard stream while the test runs. */
  private static final Map<String, String> PARAMETERS =
      Map.ofEntries(
          parameter(PIONEER, "StdIn", "replaces standard input"),
          parameter(PIONEER, "StdOut", "captures standard output"),
          parameter(PIONEER, "StdErr", "captures standard error"),
          parameter(SPRING_BOOT, "CapturedOutput", OUTPUT_AND_ERROR));

  private static final Map<String, String> EXTENSIONS =
      Map.ofEntries(extension(SPRING_BOOT, "OutputCaptureExtension", OUTPUT_AND_ERROR));

  private GlobalStateNames() {}

  /**
   * Whether an annotation type, by name, only has its extension set a global value around the test,
   * which the bodies read.
   */
  static boolean setsAroundTheTest(String typeName) {
    return SET_AROUND_THE_TEST.contains(typeName);
  }

  /** An annotation type, by name, under which the body changes or captures global state. */
  static Optional<Declaration> changingAnnotation(String typeName) {
    return clause(CHANGING.get(typeName));
  }

  /** A marker annotation type, by name, that says the test writes global state. */
  static Optional<Declaration> writingAnnotation(String typeName) {
    return clause(WRITING.get(typeName));
  }

  /** A parameter type, by name, that captures or replaces a standard stream. */
  static Optional<Declaration> parameter(String typeName) {
    return clause(PARAMETERS.get(typeName));
  }

  /** An extension class, by name, that captures standard streams when registered. */
  static Optional<Declaration> extension(String className) {
    return clause(EXTENSIONS.get(className));
  }

  private static Optional<Declaration> clause(String what) {
    return what == null ? Optional.empty() : Optional.of(Declaration.clause(what));
  }

  private static Map.Entry<String, String> annotation(
      String packagePrefix, String simpleName, String effect) {
    return Map.entry(
        packagePrefix + simpleName,
        "@" + simpleName + " (" + library(packagePrefix) + ") " + effect);
  }

  private static Map.Entry<String, String> parameter(
      String packagePrefix, String simpleName, String effect) {
    return Map.entry(
        packagePrefix + simpleName,
        "parameter of type " + simpleName + " (" + library(packagePrefix) + ") " + effect);
  }

  private static Map.Entry<String, String> extension(
      String packagePrefix, String simpleName, String effect) {
    return Map.entry(
        packagePrefix + simpleName,
        "@ExtendWith(" + simpleName + ".class) (" + library(packagePrefix) + ") " + effect);
  }

  private static String library(String packagePrefix) {
    return switch (packagePrefix) {
      case JUNIT -> "JUnit";
      case PIONEER -> "JUnit Pioneer";
      default -> "Spring Boot";
    };
  }
}
