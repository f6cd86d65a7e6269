package io.github.parallelthreads.internal.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junitpioneer.jupiter.ClearEnvironmentVariable;
import org.junitpioneer.jupiter.ClearSystemProperty;
import org.junitpioneer.jupiter.DefaultLocale;
import org.junitpioneer.jupiter.DefaultTimeZone;
import org.junitpioneer.jupiter.ReadsStdIo;
import org.junitpioneer.jupiter.RestoreEnvironmentVariables;
import org.junitpioneer.jupiter.RestoreSystemProperties;
import org.junitpioneer.jupiter.SetEnvironmentVariable;
import org.junitpioneer.jupiter.SetSystemProperty;
import org.junitpioneer.jupiter.StdErr;
import org.junitpioneer.jupiter.StdIn;
import org.junitpioneer.jupiter.StdIo;
import org.junitpioneer.jupiter.StdOut;
import org.junitpioneer.jupiter.WritesEnvironmentVariable;
import org.junitpioneer.jupiter.WritesStdIo;

/**
 * Other libraries' annotations, parameter types and extensions are recognised by name, so that none
 * of those libraries is a dependency: JUnit 6.1's and Spring Boot's are checked here by name alone,
 * Pioneer's against its real classes. Those that only set a value around the test are told apart
 * from those under which the body writes or captures global state.
 */
class GlobalStateNamesTests {

  private static final String JUNIT = "org.junit.jupiter.api.util.";

  private static final Map<String, String> JUNIT_CHANGING =
      Map.of(
          JUNIT + "RestoreSystemProperties",
          "@RestoreSystemProperties (JUnit) changes system properties");

  private static final List<String> JUNIT_SET_AROUND_THE_TEST =
      List.of(
          JUNIT + "DefaultLocale",
          JUNIT + "DefaultTimeZone",
          JUNIT + "SetSystemProperty",
          JUNIT + "ClearSystemProperty");

  private static final Map<String, String> JUNIT_WRITING =
      Map.of(
          JUNIT + "WritesSystemProperty", "@WritesSystemProperty (JUnit) changes system properties",
          JUNIT + "WritesDefaultLocale", "@WritesDefaultLocale (JUnit) changes the default locale",
          JUNIT + "WritesDefaultTimeZone",
              "@WritesDefaultTimeZone (JUnit) changes the default time zone");

  @Test
  void recognisesJUnitsGlobalStateAnnotationsByName() {
    JUNIT_CHANGING.forEach(
        (name, what) ->
            assertThat(whatOf(GlobalStateNames.changingAnnotation(name))).isEqualTo(what));
    JUNIT_WRITING.forEach(
        (name, what) ->
            assertThat(whatOf(GlobalStateNames.writingAnnotation(name))).isEqualTo(what));
    for (String name : JUNIT_SET_AROUND_THE_TEST) {
      assertThat(GlobalStateNames.setsAroundTheTest(name)).as(name).isTrue();
      assertThat(GlobalStateNames.changingAnnotation(name)).as(name).isEmpty();
    }
  }

  @Test
  void theJUnitNamesAreRealAnnotationsWhereJUnitHasThem() throws ClassNotFoundException {
    assumeTrue(
        ReflectionSupport.tryToLoadClass(JUNIT + "SetSystemProperty").toOptional().isPresent(),
        "runs on JUnit 6.1 or later (compat-tests/junit6)");
    for (String name : List.copyOf(JUNIT_CHANGING.keySet())) {
      assertThat(Class.forName(name).isAnnotation()).as(name).isTrue();
    }
    for (String name : List.copyOf(JUNIT_WRITING.keySet())) {
      assertThat(Class.forName(name).isAnnotation()).as(name).isTrue();
    }
    for (String name : JUNIT_SET_AROUND_THE_TEST) {
      assertThat(Class.forName(name).isAnnotation()).as(name).isTrue();
    }
  }

  @Test
  void recognisesSpringBootsOutputCaptureByName() throws NoSuchMethodException {
    Method where = GlobalStateNamesTests.class.getDeclaredMethod("whatOf", Optional.class);

    assertThat(
            GlobalStateNames.parameter("org.springframework.boot.test.system.CapturedOutput")
                .orElseThrow()
                .at("in", where))
        .isEqualTo(
            "parameter of type CapturedOutput (Spring Boot) captures standard output and error,"
                + " in method GlobalStateNamesTests#whatOf()");
    assertThat(
            whatOf(
                GlobalStateNames.extension(
                    "org.springframework.boot.test.system.OutputCaptureExtension")))
        .isEqualTo(
            "@ExtendWith(OutputCaptureExtension.class) (Spring Boot) captures standard output"
                + " and error");
  }

  @Test
  void recognisesPioneersAnnotationsAndParameters() {
    assertThat(whatOf(GlobalStateNames.changingAnnotation(StdIo.class.getName())))
        .isEqualTo("@StdIo (JUnit Pioneer) replaces standard input and output");
    assertThat(
            whatOf(
                GlobalStateNames.changingAnnotation(RestoreEnvironmentVariables.class.getName())))
        .isEqualTo("@RestoreEnvironmentVariables (JUnit Pioneer) changes environment variables");
    assertThat(whatOf(GlobalStateNames.changingAnnotation(RestoreSystemProperties.class.getName())))
        .isEqualTo("@RestoreSystemProperties (JUnit Pioneer) changes system properties");
    for (Class<?> setAround :
        List.of(
            SetEnvironmentVariable.class,
            ClearEnvironmentVariable.class,
            SetSystemProperty.class,
            ClearSystemProperty.class,
            DefaultLocale.class,
            DefaultTimeZone.class)) {
      assertThat(GlobalStateNames.setsAroundTheTest(setAround.getName()))
          .as(setAround.getName())
          .isTrue();
      assertThat(GlobalStateNames.changingAnnotation(setAround.getName()))
          .as(setAround.getName())
          .isEmpty();
    }
    assertThat(whatOf(GlobalStateNames.writingAnnotation(WritesStdIo.class.getName())))
        .isEqualTo("@WritesStdIo (JUnit Pioneer) replaces standard input and output");
    assertThat(
            whatOf(GlobalStateNames.writingAnnotation(WritesEnvironmentVariable.class.getName())))
        .isEqualTo("@WritesEnvironmentVariable (JUnit Pioneer) changes environment variables");
    assertThat(whatOf(GlobalStateNames.parameter(StdIn.class.getName())))
        .isEqualTo("parameter of type StdIn (JUnit Pioneer) replaces standard input");
    assertThat(whatOf(GlobalStateNames.parameter(StdOut.class.getName())))
        .isEqualTo("parameter of type StdOut (JUnit Pioneer) captures standard output");
    assertThat(whatOf(GlobalStateNames.parameter(StdErr.class.getName())))
        .isEqualTo("parameter of type StdErr (JUnit Pioneer) captures standard error");
  }

  @Test
  void everyPioneerAnnotationThatWritesGlobalStateIsRecognised() {
    // guards a Pioneer upgrade: its writing annotations carry a read-write resource lock
    List<Class<?>> writing =
        ReflectionSupport.findAllClassesInPackage(
            "org.junitpioneer.jupiter",
            type -> type.isAnnotation() && type.getEnclosingClass() == null && writes(type),
            name -> true);

    assertThat(writing).hasSizeGreaterThanOrEqualTo(14);
    for (Class<?> type : writing) {
      assertThat(
              GlobalStateNames.setsAroundTheTest(type.getName())
                  || GlobalStateNames.changingAnnotation(type.getName())
                      .or(() -> GlobalStateNames.writingAnnotation(type.getName()))
                      .isPresent())
          .as(type.getName())
          .isTrue();
    }
  }

  @Test
  void otherNamesAreNotRecognised() {
    assertThat(GlobalStateNames.changingAnnotation(ReadsStdIo.class.getName())).isEmpty();
    assertThat(GlobalStateNames.writingAnnotation(ReadsStdIo.class.getName())).isEmpty();
    assertThat(GlobalStateNames.changingAnnotation("com.acme.SetSystemProperty")).isEmpty();
    assertThat(GlobalStateNames.setsAroundTheTest("com.acme.SetSystemProperty")).isFalse();
    assertThat(GlobalStateNames.setsAroundTheTest(ReadsStdIo.class.getName())).isFalse();
    assertThat(GlobalStateNames.parameter("com.acme.StdOut")).isEmpty();
    assertThat(GlobalStateNames.extension("com.acme.OutputCaptureExtension")).isEmpty();
  }

  private static boolean writes(Class<?> annotationType) {
    return AnnotationSupport.findRepeatableAnnotations(annotationType, ResourceLock.class).stream()
        .anyMatch(lock -> lock.mode() == ResourceAccessMode.READ_WRITE);
  }

  private static String whatOf(Optional<Declaration> declaration) {
    return declaration.orElseThrow().what();
  }
}
