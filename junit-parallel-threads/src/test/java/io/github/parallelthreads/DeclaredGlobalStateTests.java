package io.github.parallelthreads;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junitpioneer.jupiter.ClearEnvironmentVariable;
import org.junitpioneer.jupiter.ClearSystemProperty;
import org.junitpioneer.jupiter.DefaultLocale;
import org.junitpioneer.jupiter.DefaultTimeZone;
import org.junitpioneer.jupiter.ReadsStdIo;
import org.junitpioneer.jupiter.ReadsSystemProperty;
import org.junitpioneer.jupiter.RestoreEnvironmentVariables;
import org.junitpioneer.jupiter.RestoreSystemProperties;
import org.junitpioneer.jupiter.SetEnvironmentVariable;
import org.junitpioneer.jupiter.SetSystemProperty;
import org.junitpioneer.jupiter.StdErr;
import org.junitpioneer.jupiter.StdIn;
import org.junitpioneer.jupiter.StdIo;
import org.junitpioneer.jupiter.StdOut;
import org.junitpioneer.jupiter.WritesDefaultLocale;
import org.junitpioneer.jupiter.WritesEnvironmentVariable;
import org.junitpioneer.jupiter.WritesStdIo;
import org.junitpioneer.jupiter.WritesSystemProperty;

/**
 * A test that declares it changes JVM-global state (JUnit's {@code @Isolated} or a read-write
 * {@code @ResourceLock} on a global resource, JUnit Pioneer's annotations under which the body
 * writes or captures it, parameters that capture output) runs once on one thread, saying why;
 * declarations that only read stay parallel, and so do Pioneer's annotations that set a value
 * around the test, which the bodies only read.
 */
class DeclaredGlobalStateTests {

  static final String PROPERTY = "parallel.declared.by.test";
  static final String VARIABLE = "PARALLEL_DECLARED_BY_TEST";

  static final List<String> ran = new CopyOnWriteArrayList<>();

  @BeforeEach
  void reset() {
    ran.clear();
  }

  static void record(String test) {
    ran.add(test + " on " + Thread.currentThread().getName());
  }

  @Test
  void isolatedTestsRunOnceAndTheirNeighbourInParallel() {
    JupiterRun run = JupiterRun.of(IsolatedTestCase.class, "junit.parallel.threads", "4");

    run.assertCounts(3, 0);
    assertRanOnce(run, "isolated", "@Isolated on class " + IsolatedTestCase.Alone.class.getName());
    assertRanOnce(
        run,
        "isolatedWithReason",
        "@Isolated(\"prints a banner\") on class "
            + IsolatedTestCase.AloneWithReason.class.getName());
    assertRanInParallel(run, "neighbour");
  }

  @Test
  void readWriteLocksOnGlobalResourcesRunOnceAlsoWhenRepeatedOrMetaAnnotated() {
    JupiterRun run = JupiterRun.of(ResourceLockTestCase.class, "junit.parallel.threads", "4");

    run.assertCounts(5, 0);
    assertRanOnce(
        run,
        "writesOut",
        "@ResourceLock(\"java.lang.System.out\") in read-write mode"
            + " on method ResourceLockTestCase#writesOut()");
    assertRanOnce(
        run,
        "repeated",
        "@ResourceLock(\"java.util.Locale.default\") in read-write mode"
            + " on method ResourceLockTestCase#repeated()");
    assertRanOnce(
        run,
        "throughMetaAnnotation",
        "@ResourceLock(\"java.util.TimeZone.default\") in read-write mode, via @WritesTimeZone,"
            + " on method ResourceLockTestCase#throughMetaAnnotation()");
    assertRanOnce(
        run,
        "throughTwoMetaAnnotations",
        "@ResourceLock(\"java.util.TimeZone.default\") in read-write mode,"
            + " via @WritesTimeZone on @ChangesClock,"
            + " on method ResourceLockTestCase#throughTwoMetaAnnotations()");
    assertRanInParallel(run, "neighbour");
  }

  @Test
  void readLocksCustomLocksAndPioneersReadAnnotationsStayParallel() {
    JupiterRun run = JupiterRun.of(ReadingTestCase.class, "junit.parallel.threads", "4");

    run.assertCounts(4, 0);
    for (String test :
        List.of("readsOut", "locksOwnResource", "pioneerReadsStdIo", "pioneerReadsProperty")) {
      assertRanInParallel(run, test);
    }
  }

  @Test
  void theNearestDeclarationWinsAndClassLevelOnesCoverNestedTests() {
    JupiterRun run = JupiterRun.of(ClassLevelTestCase.class, "junit.parallel.threads", "4");

    run.assertCounts(3, 0);
    assertRanOnce(
        run,
        "inheritsFromClass",
        "@ResourceLock(\"java.lang.System.properties\") in read-write mode on class "
            + ClassLevelTestCase.WritesProperties.class.getName());
    assertRanOnce(
        run,
        "nearest",
        "@ResourceLock(\"java.lang.System.out\") in read-write mode"
            + " on method WritesProperties#nearest()");
    assertRanInParallel(run, "neighbour");
  }

  @Test
  void aDeclarationOnAnImplementedInterfaceCounts() {
    JupiterRun run = JupiterRun.of(ImplementingTestCase.class, "junit.parallel.threads", "4");

    run.assertCounts(1, 0);
    assertRanOnce(
        run,
        "body",
        "@ResourceLock(\""
            + Resources.GLOBAL
            + "\") in read-write mode on class "
            + GloballyLocked.class.getName());
  }

  @Test
  void pioneersAnnotationsThatSetAValueAroundTheTestLeaveItParallelAndChangeNoGlobalState() {
    Locale locale = Locale.getDefault();
    TimeZone timeZone = TimeZone.getDefault();

    JupiterRun run = JupiterRun.of(SetAroundTheTestCase.class, "junit.parallel.threads", "4");

    List<String> tests =
        List.of(
            "setsProperty",
            "setsTwoProperties",
            "clearsProperty",
            "setsLocale",
            "setsEnvironmentVariable",
            "clearsEnvironmentVariable",
            "inheritsTimeZone");
    run.assertCounts(tests.size(), 0);
    for (String test : tests) {
      assertRanInParallel(run, test);
      assertThat(run.reportEntriesOf(test + "("))
          .as("report entries of %s", test)
          .doesNotContainKey("parallel.global-state-changed");
    }
    assertThat(System.getProperty(PROPERTY)).as("restored by Pioneer").isNull();
    assertThat(System.getenv(VARIABLE)).as("restored by Pioneer").isNull();
    assertThat(Locale.getDefault()).as("restored by Pioneer").isEqualTo(locale);
    assertThat(TimeZone.getDefault()).as("restored by Pioneer").isEqualTo(timeZone);
  }

  @Test
  void whatTheBodyWritesOrDeclaresItselfUnderPioneersAnnotationsRunsOnceWithItsEffectNamed() {
    JupiterRun run = JupiterRun.of(BodyWritesTestCase.class, "junit.parallel.threads", "4");

    Map<String, String> reasons =
        Map.ofEntries(
            Map.entry(
                "restoresProperties",
                "@RestoreSystemProperties (JUnit Pioneer) changes system properties,"
                    + " on method BodyWritesTestCase#restoresProperties()"),
            Map.entry(
                "restoresEnvironmentVariables",
                "@RestoreEnvironmentVariables (JUnit Pioneer) changes environment variables,"
                    + " on method BodyWritesTestCase#restoresEnvironmentVariables()"),
            Map.entry(
                "setsLocaleInTheBody",
                "calls Locale.setDefault (changes JVM-global state) from"
                    + " BodyWritesTestCase#setsLocaleInTheBody()"),
            Map.entry(
                "setsPropertyAndLocksProperties",
                "@ResourceLock(\"java.lang.System.properties\") in read-write mode"
                    + " on method BodyWritesTestCase#setsPropertyAndLocksProperties()"),
            Map.entry(
                "setsLocaleAndWritesLocale",
                "@ResourceLock(\"java.util.Locale.default\") in read-write mode,"
                    + " via @WritesDefaultLocale,"
                    + " on method BodyWritesTestCase#setsLocaleAndWritesLocale()"),
            Map.entry(
                "writesProperty",
                "@ResourceLock(\"java.lang.System.properties\") in read-write mode,"
                    + " via @WritesSystemProperty, on method BodyWritesTestCase#writesProperty()"),
            Map.entry(
                "writesStdIo",
                "@ResourceLock(\"java.lang.System.in\") in read-write mode,"
                    + " via @WritesStdIo, on method BodyWritesTestCase#writesStdIo()"),
            Map.entry(
                "writesEnvironment",
                "@WritesEnvironmentVariable (JUnit Pioneer) changes environment variables,"
                    + " on method BodyWritesTestCase#writesEnvironment()"),
            Map.entry(
                "inheritsTheClassesLock",
                "@ResourceLock(\"java.util.TimeZone.default\") in read-write mode on class "
                    + BodyWritesTestCase.InAucklandLockingTheTimeZone.class.getName()));

    run.assertCounts(reasons.size() + 1, 0);
    reasons.forEach((test, reason) -> assertRanOnce(run, test, reason));
    assertRanInParallel(run, "neighbour");
    assertThat(System.getProperty(PROPERTY)).as("restored by Pioneer").isNull();
    assertThat(System.getenv(VARIABLE)).as("restored by Pioneer").isNull();
  }

  @Test
  void pioneersStdIoRunsOnce() {
    // Pioneer 2.3 keeps the real System.in/out in the store, which JUnit 5.13 and later close
    // at the end of the test unless told not to
    JupiterRun run =
        JupiterRun.of(
            StdIoTestCase.class,
            "junit.parallel.threads",
            "4",
            "junit.jupiter.extensions.store.close.autocloseable.enabled",
            "false");

    run.assertCounts(2, 0);
    assertRanOnce(
        run,
        "replacesStdIo",
        "@StdIo (JUnit Pioneer) replaces standard input and output,"
            + " on method StdIoTestCase#replacesStdIo()");
    assertRanInParallel(run, "neighbour");
  }

  @Test
  void parametersThatCaptureOutputRunOnceAlsoOnLifecycleMethods() {
    JupiterRun run = JupiterRun.of(ParametersTestCase.class, "junit.parallel.threads", "4");

    run.assertCounts(3, 0);
    assertRanOnce(
        run,
        "capturesErr",
        "parameter of type StdErr (JUnit Pioneer) captures standard error,"
            + " in method ParametersTestCase#capturesErr()");
    assertRanOnce(
        run,
        "afterCapturingOut",
        "parameter of type StdOut (JUnit Pioneer) captures standard output,"
            + " in method CapturingBeforeEach#captureOut()");
    assertRanInParallel(run, "neighbour");
  }

  private static void assertRanOnce(JupiterRun run, String test, String reason) {
    assertThat(ran)
        .filteredOn(entry -> entry.startsWith(test + " on "))
        .containsExactly(test + " on " + Thread.currentThread().getName());
    assertThat(run.reportEntriesOf(test + "("))
        .as("report entries of %s", test)
        .containsEntry("parallel.threads", "1")
        .containsEntry("parallel.thread-unsafe", reason);
  }

  private static void assertRanInParallel(JupiterRun run, String test) {
    assertThat(ran).filteredOn(entry -> entry.startsWith(test + " on ")).hasSize(4);
    assertThat(run.reportEntriesOf(test + "("))
        .as("report entries of %s", test)
        .containsEntry("parallel.threads", "4")
        .doesNotContainKey("parallel.thread-unsafe");
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class IsolatedTestCase {
    @Test
    void neighbour() {
      record("neighbour");
    }

    // JUnit allows @Isolated on classes only
    @Nested
    @Isolated
    class Alone {
      @Test
      void isolated() {
        record("isolated");
      }
    }

    @Nested
    @Isolated("prints a banner")
    class AloneWithReason {
      @Test
      void isolatedWithReason() {
        record("isolatedWithReason");
      }
    }
  }

  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
  @ResourceLock(Resources.TIME_ZONE)
  @interface WritesTimeZone {}

  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @WritesTimeZone
  @interface ChangesClock {}

  @ExtendWith(ParallelThreadsExtension.class)
  static class ResourceLockTestCase {
    @ResourceLock(Resources.SYSTEM_OUT)
    @Test
    void writesOut() {
      record("writesOut");
    }

    @ResourceLock("parallel.declared.own-resource")
    @ResourceLock(Resources.LOCALE)
    @Test
    void repeated() {
      record("repeated");
    }

    @WritesTimeZone
    @Test
    void throughMetaAnnotation() {
      record("throughMetaAnnotation");
    }

    @ChangesClock
    @Test
    void throughTwoMetaAnnotations() {
      record("throughTwoMetaAnnotations");
    }

    @Test
    void neighbour() {
      record("neighbour");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class ReadingTestCase {
    @ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
    @Test
    void readsOut() {
      record("readsOut");
    }

    @ResourceLock("parallel.declared.own-resource")
    @Test
    void locksOwnResource() {
      record("locksOwnResource");
    }

    @ReadsStdIo
    @Test
    void pioneerReadsStdIo() {
      record("pioneerReadsStdIo");
    }

    @ReadsSystemProperty
    @Test
    void pioneerReadsProperty() {
      record("pioneerReadsProperty");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class ClassLevelTestCase {
    @Test
    void neighbour() {
      record("neighbour");
    }

    @Nested
    @ResourceLock(Resources.SYSTEM_PROPERTIES)
    class WritesProperties {
      @Test
      void inheritsFromClass() {
        record("inheritsFromClass");
      }

      @ResourceLock(Resources.SYSTEM_OUT)
      @Test
      void nearest() {
        record("nearest");
      }
    }
  }

  @ResourceLock(Resources.GLOBAL)
  interface GloballyLocked {}

  @ExtendWith(ParallelThreadsExtension.class)
  static class ImplementingTestCase implements GloballyLocked {
    @Test
    void body() {
      record("body");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class SetAroundTheTestCase {
    @SetSystemProperty(key = PROPERTY, value = "set")
    @Test
    void setsProperty() {
      record("setsProperty");
      assertThat(System.getProperty(PROPERTY)).isEqualTo("set");
    }

    @SetSystemProperty(key = PROPERTY, value = "one")
    @SetSystemProperty(key = PROPERTY + ".other", value = "two")
    @Test
    void setsTwoProperties() {
      record("setsTwoProperties");
      assertThat(System.getProperty(PROPERTY + ".other")).isEqualTo("two");
    }

    @DefaultLocale("de-CH")
    @Test
    void setsLocale() {
      record("setsLocale");
      assertThat(Locale.getDefault()).isEqualTo(Locale.forLanguageTag("de-CH"));
    }

    @SetEnvironmentVariable(key = VARIABLE, value = "set")
    @Test
    void setsEnvironmentVariable() {
      record("setsEnvironmentVariable");
      assertThat(System.getenv(VARIABLE)).isEqualTo("set");
    }

    @Nested
    @SetSystemProperty(key = PROPERTY, value = "set for the class")
    @SetEnvironmentVariable(key = VARIABLE, value = "set for the class")
    class ClearingWhatTheClassSets {
      @ClearSystemProperty(key = PROPERTY)
      @Test
      void clearsProperty() {
        record("clearsProperty");
        assertThat(System.getProperty(PROPERTY)).isNull();
      }

      @ClearEnvironmentVariable(key = VARIABLE)
      @Test
      void clearsEnvironmentVariable() {
        record("clearsEnvironmentVariable");
        assertThat(System.getenv(VARIABLE)).isNull();
      }
    }

    @Nested
    @DefaultTimeZone("Pacific/Auckland")
    class InAuckland {
      @Test
      void inheritsTimeZone() {
        record("inheritsTimeZone");
        assertThat(TimeZone.getDefault().getID()).isEqualTo("Pacific/Auckland");
      }
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class BodyWritesTestCase {
    @RestoreSystemProperties
    @Test
    void restoresProperties() {
      record("restoresProperties");
      System.getProperties().setProperty(PROPERTY, "restored by Pioneer");
    }

    @RestoreEnvironmentVariables
    @Test
    void restoresEnvironmentVariables() {
      record("restoresEnvironmentVariables");
    }

    @DefaultLocale("de-CH")
    @Test
    void setsLocaleInTheBody() {
      record("setsLocaleInTheBody");
      Locale.setDefault(Locale.CANADA); // Pioneer restores the locale it found
    }

    @SetSystemProperty(key = PROPERTY, value = "set")
    @ResourceLock(Resources.SYSTEM_PROPERTIES)
    @Test
    void setsPropertyAndLocksProperties() {
      record("setsPropertyAndLocksProperties");
    }

    @DefaultLocale("de-CH")
    @WritesDefaultLocale
    @Test
    void setsLocaleAndWritesLocale() {
      record("setsLocaleAndWritesLocale");
    }

    @WritesSystemProperty
    @Test
    void writesProperty() {
      record("writesProperty");
    }

    @WritesStdIo
    @Test
    void writesStdIo() {
      record("writesStdIo");
    }

    @WritesEnvironmentVariable
    @Test
    void writesEnvironment() {
      record("writesEnvironment");
    }

    @Test
    void neighbour() {
      record("neighbour");
    }

    @Nested
    @DefaultTimeZone("Pacific/Auckland")
    @ResourceLock(Resources.TIME_ZONE)
    class InAucklandLockingTheTimeZone {
      @Test
      void inheritsTheClassesLock() {
        record("inheritsTheClassesLock");
      }
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class StdIoTestCase {
    @StdIo("typed")
    @Test
    void replacesStdIo(StdIn in, StdOut out) {
      record("replacesStdIo");
      System.out.print("printed");
      assertThat(out.capturedString()).isEqualTo("printed");
    }

    @Test
    void neighbour() {
      record("neighbour");
    }
  }

  /** Hands out Pioneer's stream types without replacing any stream: only their type matters. */
  static class StreamResolver implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      Class<?> type = parameter.getParameter().getType();
      return type == StdOut.class || type == StdErr.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == StdOut.class ? new StdOut() : new StdErr();
    }
  }

  @ExtendWith({ParallelThreadsExtension.class, StreamResolver.class})
  static class ParametersTestCase {
    @Test
    void capturesErr(StdErr err) {
      record("capturesErr");
    }

    @Test
    void neighbour() {
      record("neighbour");
    }

    @Nested
    class CapturingBeforeEach {
      @BeforeEach
      void captureOut(StdOut out) {}

      @Test
      void afterCapturingOut() {
        record("afterCapturingOut");
      }
    }
  }
}
