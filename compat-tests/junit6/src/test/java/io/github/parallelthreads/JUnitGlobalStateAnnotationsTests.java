package io.github.parallelthreads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.util.ClearSystemProperty;
import org.junit.jupiter.api.util.DefaultLocale;
import org.junit.jupiter.api.util.DefaultTimeZone;
import org.junit.jupiter.api.util.RestoreSystemProperties;
import org.junit.jupiter.api.util.SetSystemProperty;
import org.junit.jupiter.api.util.WritesSystemProperty;

/**
 * JUnit 6.1's own global-state annotations ({@code org.junit.jupiter.api.util}), which the library
 * recognises by name and so cannot use in its own suite: those that set a value around the test
 * leave it parallel and change no global state; under {@code @RestoreSystemProperties}, a
 * {@code @WritesSystemProperty} the test declares itself, or a mutator call in the body, it runs on
 * one thread with the reason named.
 */
class JUnitGlobalStateAnnotationsTests {

  static final String PROPERTY = "parallel.junit.util.by.test";

  static final List<String> ran = new CopyOnWriteArrayList<>();

  @BeforeEach
  void reset() {
    ran.clear();
  }

  static void record(String test) {
    ran.add(test + " on " + Thread.currentThread().getName());
  }

  @Test
  void annotationsThatSetAValueAroundTheTestLeaveItParallelAndChangeNoGlobalState() {
    Locale locale = Locale.getDefault();
    TimeZone timeZone = TimeZone.getDefault();

    JupiterRun run = JupiterRun.of(SetAroundTheTestCase.class, "junit.parallel.threads", "4");

    List<String> tests =
        List.of("setsProperty", "clearsProperty", "setsLocale", "inheritsTimeZone");
    run.assertCounts(tests.size(), 0);
    for (String test : tests) {
      assertThat(ran).filteredOn(entry -> entry.startsWith(test + " on ")).hasSize(4);
      assertThat(run.reportEntriesOf(test + "("))
          .as("report entries of %s", test)
          .containsEntry("parallel.threads", "4")
          .doesNotContainKey("parallel.thread-unsafe")
          .doesNotContainKey("parallel.global-state-changed");
    }
    assertThat(System.getProperty(PROPERTY)).as("restored by JUnit").isNull();
    assertThat(Locale.getDefault()).as("restored by JUnit").isEqualTo(locale);
    assertThat(TimeZone.getDefault()).as("restored by JUnit").isEqualTo(timeZone);
  }

  @Test
  void whatTheBodyWritesOrTheTestDeclaresItselfRunsOnceWithItsEffectNamed() {
    JupiterRun run = JupiterRun.of(BodyWritesTestCase.class, "junit.parallel.threads", "4");

    Map<String, String> reasons =
        Map.of(
            "restoresProperties",
            "@RestoreSystemProperties (JUnit) changes system properties,"
                + " on method BodyWritesTestCase#restoresProperties()",
            "setsPropertyAndWritesProperties",
            "@ResourceLock(\"java.lang.System.properties\") in read-write mode,"
                + " via @WritesSystemProperty,"
                + " on method BodyWritesTestCase#setsPropertyAndWritesProperties()",
            "setsLocaleInTheBody",
            "calls Locale.setDefault (changes JVM-global state) from"
                + " BodyWritesTestCase#setsLocaleInTheBody()");

    run.assertCounts(reasons.size(), 0);
    reasons.forEach(
        (test, reason) -> {
          assertThat(ran)
              .filteredOn(entry -> entry.startsWith(test + " on "))
              .containsExactly(test + " on " + Thread.currentThread().getName());
          assertThat(run.reportEntriesOf(test + "("))
              .as("report entries of %s", test)
              .containsEntry("parallel.threads", "1")
              .containsEntry("parallel.thread-unsafe", reason);
        });
    assertThat(System.getProperty(PROPERTY)).as("restored by JUnit").isNull();
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class SetAroundTheTestCase {
    @SetSystemProperty(key = PROPERTY, value = "set")
    @Test
    void setsProperty() {
      record("setsProperty");
      assertThat(System.getProperty(PROPERTY)).isEqualTo("set");
    }

    @DefaultLocale("de-CH")
    @Test
    void setsLocale() {
      record("setsLocale");
      assertThat(Locale.getDefault()).isEqualTo(Locale.forLanguageTag("de-CH"));
    }

    @Nested
    @SetSystemProperty(key = PROPERTY, value = "set for the class")
    class ClearingWhatTheClassSets {
      @ClearSystemProperty(key = PROPERTY)
      @Test
      void clearsProperty() {
        record("clearsProperty");
        assertThat(System.getProperty(PROPERTY)).isNull();
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
      System.getProperties().setProperty(PROPERTY, "restored by JUnit");
    }

    @SetSystemProperty(key = PROPERTY, value = "set")
    @WritesSystemProperty
    @Test
    void setsPropertyAndWritesProperties() {
      record("setsPropertyAndWritesProperties");
    }

    @DefaultLocale("de-CH")
    @Test
    void setsLocaleInTheBody() {
      record("setsLocaleInTheBody");
      Locale.setDefault(Locale.CANADA); // JUnit restores the locale it found
    }
  }
}
