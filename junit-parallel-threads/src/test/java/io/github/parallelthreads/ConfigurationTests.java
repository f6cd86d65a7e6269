package io.github.parallelthreads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Configuration keys and annotations decide the thread count; bad values fail loudly. */
class ConfigurationTests {

  static final List<String> observed = new CopyOnWriteArrayList<>();

  @BeforeEach
  void reset() {
    observed.clear();
  }

  static void observe(ParallelContext context) {
    observed.add(context.threadCount() + "x" + context.iterationCount());
  }

  @ParameterizedTest(name = "junit.parallel.threads=''{0}''")
  @ValueSource(strings = {"abc", "0", "-2", "1.5", "many", "", "10001", "99999999999"})
  void anInvalidThreadCountFailsTheTestNamingKeyValueAndWhatIsAllowed(String value) {
    Throwable failure =
        JupiterRun.of(PlainTestCase.class, "junit.parallel.threads", value)
            .assertCounts(0, 1)
            .failureOf("body(");

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "invalid value '"
                + value
                + "' for configuration parameter junit.parallel.threads: expected a whole number"
                + " from 1 to 10000, or 'auto'");
  }

  @ParameterizedTest(name = "{0}=''{1}''")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "junit.parallel.iterations | 0    | a whole number from 1 to 2147483647",
        "junit.parallel.iterations | -3   | a whole number from 1 to 2147483647",
        "junit.parallel.iterations | x    | a whole number from 1 to 2147483647",
        "junit.parallel.iterations | \"\" | a whole number from 1 to 2147483647",
        "junit.parallel.skip-thread-unsafe | yes | 'true' or 'false'",
        "junit.parallel.timeout | 0s   | a positive duration such as 500ms, 30s, 5m or 1h",
        "junit.parallel.timeout | 10   | a positive duration such as 500ms, 30s, 5m or 1h",
        "junit.parallel.timeout | -5s  | a positive duration such as 500ms, 30s, 5m or 1h",
        "junit.parallel.timeout | 2 weeks | a positive duration such as 500ms, 30s, 5m or 1h",
      })
  void anInvalidValueOfAnyKeyFailsTheTest(String key, String value, String allowed) {
    Throwable failure =
        JupiterRun.of(PlainTestCase.class, key, value).assertCounts(0, 1).failureOf("body(");

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "invalid value '"
                + value
                + "' for configuration parameter "
                + key
                + ": expected "
                + allowed);
  }

  @Test
  void anInvalidThreadUnsafeMethodEntryIsNamed() {
    Throwable failure =
        JupiterRun.of(
                PlainTestCase.class,
                "junit.parallel.thread-unsafe-methods",
                "com.acme.Registry#register, not a method")
            .assertCounts(0, 1)
            .failureOf("body(");

    assertThat(failure)
        .hasMessage(
            "invalid entry 'not a method' in junit.parallel.thread-unsafe-methods=com.acme.Registry#register,"
                + " not a method: expected comma-separated entries of the forms"
                + " com.acme.Class#method, com.acme.Class#* (every method of the class) or"
                + " com.acme.package.* (every class of the package and its sub-packages)");
  }

  @Test
  void validValuesAreAccepted() {
    JupiterRun.of(
            PlainTestCase.class,
            "junit.parallel.threads",
            " 3 ",
            "junit.parallel.iterations",
            "2",
            "junit.parallel.skip-thread-unsafe",
            "TRUE",
            "junit.parallel.timeout",
            "90s",
            "junit.parallel.thread-unsafe-methods",
            "com.acme.Registry#register,com.acme.Registry#*,com.acme.legacy.*")
        .assertCounts(1, 0);

    assertThat(observed).hasSize(6).containsOnly("3x2");
  }

  @Test
  void autoMeansOneThreadPerProcessor() {
    JupiterRun.of(PlainTestCase.class, "junit.parallel.threads", "auto").assertCounts(1, 0);

    int processors = Runtime.getRuntime().availableProcessors();
    assertThat(observed).hasSize(processors).containsOnly(processors + "x1");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "zeroThreads     | @ParallelThreads(0) on method BadAnnotationsTestCase#zeroThreads() is invalid: use a thread count from 1 to 10000, or ParallelThreads.AUTO for one thread per processor",
        "negativeThreads | @ParallelThreads(-2) on method BadAnnotationsTestCase#negativeThreads() is invalid: use a thread count from 1 to 10000, or ParallelThreads.AUTO for one thread per processor",
        "zeroLimit       | @ParallelThreadsLimit(0) on method BadAnnotationsTestCase#zeroLimit() is invalid: use a limit of 1 or more",
        "negativeIterations | @Iterations(-3) on method BadAnnotationsTestCase#negativeIterations() is invalid: use an iteration count of 1 or more",
      })
  void anInvalidAnnotationFailsThatTestOnlyNamingTheAnnotationAndTheFix(
      String method, String message) {
    JupiterRun run = JupiterRun.of(BadAnnotationsTestCase.class).assertCounts(1, 4);

    assertThat(run.failureOf(method + "("))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(message);
  }

  @Test
  void aMethodLimitCapsTheConfiguredCount() {
    JupiterRun.of(PrecedenceTestCase.class, "junit.parallel.threads", "8").assertCounts(4, 0);

    assertThat(observed)
        .filteredOn(entry -> entry.startsWith("limited:"))
        .hasSize(2)
        .containsOnly("limited:2");
  }

  @Test
  void theMethodsParallelThreadsReplacesTheClassLimitAndTheConfiguration() {
    JupiterRun.of(PrecedenceTestCase.class, "junit.parallel.threads", "8").assertCounts(4, 0);

    assertThat(observed).filteredOn(entry -> entry.startsWith("forced:")).containsOnly("forced:5");
    assertThat(observed).filteredOn(entry -> entry.startsWith("forced:")).hasSize(5);
  }

  @Test
  void aMethodLimitCapsTheClassesParallelThreads() {
    JupiterRun.of(ClassForcesTestCase.class).assertCounts(2, 0);

    assertThat(observed).filteredOn(entry -> entry.startsWith("classForced:")).hasSize(6);
    assertThat(observed).filteredOn(entry -> entry.startsWith("methodLimited:")).hasSize(2);
  }

  @Test
  void theClassLimitCapsTheConfiguredCountAndTheMethodsIterationsWin() {
    JupiterRun.of(
            PrecedenceTestCase.class,
            "junit.parallel.threads",
            "8",
            "junit.parallel.iterations",
            "7")
        .assertCounts(4, 0);

    assertThat(observed)
        .filteredOn(entry -> entry.startsWith("classLimited:"))
        .containsOnly("classLimited:3x7")
        .hasSize(21);
    assertThat(observed)
        .filteredOn(entry -> entry.startsWith("iterated:"))
        .containsOnly("iterated:3x2")
        .hasSize(6);
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class PlainTestCase {
    @Test
    void body(ParallelContext context) {
      observe(context);
    }
  }

  static class BadAnnotationsTestCase {
    @ParallelThreads(0)
    @Test
    void zeroThreads() {}

    @ParallelThreads(-2)
    @Test
    void negativeThreads() {}

    @ParallelThreadsLimit(0)
    @Test
    void zeroLimit() {}

    @Iterations(-3)
    @Test
    void negativeIterations() {}

    @ParallelThreads(ParallelThreads.AUTO)
    @Test
    void autoIsValid() {}
  }

  @ParallelThreadsLimit(3)
  static class PrecedenceTestCase {
    @Test
    void classLimited(ParallelContext context) {
      observed.add("classLimited:" + context.threadCount() + "x" + context.iterationCount());
    }

    @ParallelThreadsLimit(2)
    @Test
    void limited(ParallelContext context) {
      observed.add("limited:" + context.threadCount());
    }

    @ParallelThreads(5)
    @ParallelThreadsLimit(2) // same level: @ParallelThreads replaces the limit
    @Test
    void forced(ParallelContext context) {
      observed.add("forced:" + context.threadCount());
    }

    @Iterations(2)
    @Test
    void iterated(ParallelContext context) {
      observed.add("iterated:" + context.threadCount() + "x" + context.iterationCount());
    }
  }

  @ParallelThreads(6)
  static class ClassForcesTestCase {
    @Test
    void classForced(ParallelContext context) {
      observed.add("classForced:" + context.threadCount());
    }

    @ParallelThreadsLimit(2)
    @Test
    void methodLimited(ParallelContext context) {
      observed.add("methodLimited:" + context.threadCount());
    }
  }

  @Test
  void classAnnotationsOfEnclosingClassesApplyToNestedClasses() {
    JupiterRun.of(EnclosingTestCase.InnerTestCase.class).assertCounts(1, 0);

    assertThat(observed).containsOnly("3x1").hasSize(3);
  }

  @ParallelThreads(3)
  static class EnclosingTestCase {
    @Nested
    class InnerTestCase {
      @Test
      void body(ParallelContext context) {
        observe(context);
      }
    }
  }
}
