package io.github.parallelthreads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.Serial;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.MultipleFailuresError;

/**
 * Faults in the body, bad input and extreme sizes end in a result that says what happened, and the
 * test that follows in the same run is unaffected (issue 4). Deadlocks, timeouts, uncaught
 * exceptions and leaked threads are proven in {@link RunControlTests}; StackOverflowError,
 * OutOfMemoryError and failures in some iterations in {@link OutcomeTests}.
 */
class ReliabilityTests {

  /** What the test that runs after a faulty one saw: "threads x iterations". */
  static final List<String> followers = new CopyOnWriteArrayList<>();

  @BeforeEach
  void reset() {
    followers.clear();
  }

  static void follow(ParallelContext context) {
    followers.add(context.threadCount() + "x" + context.iterationCount());
  }

  // ---- Errors thrown by the body -------------------------------------------------------------

  @Test
  void errorsInSomeThreadsAreReportedPerThreadAndTheOtherThreadsGoOn() {
    ErrorsTestCase.executions.set(0);

    JupiterRun run = JupiterRun.of(ErrorsTestCase.class).assertCounts(1, 1);

    Throwable failure = run.failureOf("errors(");
    String where = "      at io.github.parallelthreads.ReliabilityTests$ErrorsTestCase.errors(";
    assertThat(failure)
        .isInstanceOf(MultipleFailuresError.class)
        .hasMessageStartingWith(
            "2 of 4 threads failed in iterations 0-2 of 3 (3 distinct failures)\n"
                + "  [1] java.lang.ExceptionInInitializerError (caused by"
                + " java.lang.IllegalStateException: no configuration file)\n"
                + where)
        .hasMessageContaining(
            "      once: thread 1 (iteration 0)\n"
                + "  [2] java.lang.NoClassDefFoundError: Could not initialize class"
                + " io.github.parallelthreads.ReliabilityTests$BrokenStaticInitializer\n"
                + where)
        .hasMessageContaining(
            "      2 times: thread 1 (iterations 1, 2)\n"
                + "  [3] java.lang.AssertionError: invariant broken on thread 2\n"
                + where)
        .hasMessageContaining("      once: thread 2 (iteration 1)\n")
        .hasMessageContaining("Failing on some threads but not others points to a race");
    assertThat(((MultipleFailuresError) failure).getFailures())
        .extracting(Throwable::getClass)
        .containsExactly(
            ExceptionInInitializerError.class, NoClassDefFoundError.class, AssertionError.class);
    assertThat(((MultipleFailuresError) failure).getFailures().get(0).getCause())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no configuration file");
    assertThat(ErrorsTestCase.executions).as("every thread ran every iteration").hasValue(12);
    assertThat(followers).hasSize(4).containsOnly("4x1");
  }

  /**
   * A failure whose getMessage() throws cannot be recorded: the worker's own code throws, which
   * stops the run. What it threw must reach the result as the cause, not be replaced by a
   * ClassCastException (issue 11).
   */
  @Test
  void aWorkerThatThrowsOutsideTheBodyStopsTheRunWithWhatItThrewAsTheCause() {
    JupiterRun run = JupiterRun.of(UnrecordableFailureTestCase.class).assertCounts(1, 1);

    assertThat(run.failureOf("unrecordable("))
        .isNotInstanceOf(ClassCastException.class)
        .hasMessage(
            "a worker thread of parallel run 'UnrecordableFailureTestCase unrecordable()' threw"
                + " java.lang.IllegalStateException outside the test body, so the run was stopped;"
                + " the cause is what it threw")
        .cause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("getMessage() of this failure is broken")
        .hasNoCause();
    assertThat(followers).hasSize(2).containsOnly("2x1");
  }

  // ---- A worker that ignores interrupts -----------------------------------------------------

  @Test
  void aWorkerThatIgnoresInterruptsIsAbandonedNamedInTheResultAndTheNextTestRuns() {
    StubbornTestCase.release = new CountDownLatch(1);
    JupiterRun run;
    try {
      run =
          JupiterRun.of(
              StubbornTestCase.class,
              // long enough for thread 0 to be inside its loop on a loaded machine
              "junit.parallel.timeout",
              "1s");
    } finally {
      StubbornTestCase.release.countDown();
    }

    run.assertCounts(1, 1);
    assertThat(run.failureOf("ignoresInterrupts("))
        .isInstanceOf(MultipleFailuresError.class)
        .hasMessageStartingWith(
            "1 of 2 threads failed (1 distinct failure)\n"
                + "  [1] io.github.parallelthreads.WorkerStillRunningException: worker"
                + " thread 'parallel-threads StubbornTestCase ignoresInterrupts(ParallelContext)"
                + " [thread 0 of 2]' was still running when the parallel run exceeded"
                + " junit.parallel.timeout (1s); it did not stop within 5s of being interrupted"
                + " and was abandoned\n"
                + "      at io.github.parallelthreads.ReliabilityTests$StubbornTestCase"
                + ".ignoresInterrupts(")
        .hasMessageContaining("The run was cut short");
    assertThat(followers).hasSize(2).containsOnly("2x1");
    // released, the abandoned worker ends: it does not outlive the test
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                RunControlTests.liveThreadsNamed("parallel-threads StubbornTestCase ignores")
                    .isEmpty());
  }

  // ---- Bad configuration ---------------------------------------------------------------------

  @ParameterizedTest(name = "{0}=''{1}''")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "junit.parallel.threads     | \"   \"       | a whole number from 1 to 10000, or 'auto'",
        "junit.parallel.iterations  | 99999999999   | a whole number from 1 to 2147483647",
        "junit.parallel.iterations  | 2147483648    | a whole number from 1 to 2147483647",
        "junit.parallel.iterations  | 1.5           | a whole number from 1 to 2147483647",
        "junit.parallel.iterations  | \"   \"       | a whole number from 1 to 2147483647",
        "junit.parallel.skip-thread-unsafe | \"\"   | 'true' or 'false'",
        "junit.parallel.skip-thread-unsafe | 1      | 'true' or 'false'",
        "junit.parallel.skip-thread-unsafe | -1     | 'true' or 'false'",
        "junit.parallel.timeout     | \"\"          | a positive duration such as 500ms, 30s, 5m or 1h",
        "junit.parallel.timeout     | 0ms           | a positive duration such as 500ms, 30s, 5m or 1h",
        "junit.parallel.timeout     | -1h           | a positive duration such as 500ms, 30s, 5m or 1h",
        "junit.parallel.timeout     | 1.5s          | a positive duration such as 500ms, 30s, 5m or 1h",
        "junit.parallel.timeout     | 99999999999h  | a positive duration such as 500ms, 30s, 5m or 1h",
        "junit.parallel.timeout     | 999999999h    | a positive duration of at most 8760h (one year)",
        "junit.parallel.timeout     | 8761h         | a positive duration of at most 8760h (one year)",
        "junit.parallel.timeout     | 999999999s    | a positive duration of at most 8760h (one year)",
      })
  void anInvalidValueFailsEveryTestOfTheRunNamingKeyValueAndWhatIsAllowed(
      String key, String value, String allowed) {
    JupiterRun run = JupiterRun.of(ConfiguredTestCase.class, key, value).assertCounts(0, 2);

    String message =
        "invalid value '"
            + value
            + "' for configuration parameter "
            + key
            + ": expected "
            + allowed;
    assertThat(run.failureOf("first(")).isInstanceOf(ExtensionConfigurationException.class);
    assertThat(run.failureOf("first(")).hasMessage(message);
    assertThat(run.failureOf("second(")).hasMessage(message);
  }

  @ParameterizedTest(name = "junit.parallel.thread-unsafe-methods=''{0}''")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "a.B#c,,          | \"\"",
        "\",\"            | \"\"",
        "\"a.B#c, \"      | \"\"",
        "#register        | #register",
        "com.acme.Registry | com.acme.Registry",
        "com.acme.*.Legacy | com.acme.*.Legacy",
        "com.acme.Registry#reg* | com.acme.Registry#reg*",
        "com.acme.*#*     | com.acme.*#*",
        "\"a.B#c;d.E#f\"  | a.B#c;d.E#f",
      })
  void anInvalidThreadUnsafeMethodsEntryEvenAnEmptyOneIsNamed(String value, String entry) {
    JupiterRun run =
        JupiterRun.of(ConfiguredTestCase.class, "junit.parallel.thread-unsafe-methods", value)
            .assertCounts(0, 2);

    assertThat(run.failureOf("first("))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "invalid entry '"
                + entry
                + "' in junit.parallel.thread-unsafe-methods="
                + value
                + ": expected comma-separated entries of the forms com.acme.Class#method,"
                + " com.acme.Class#* (every method of the class) or com.acme.package.* (every"
                + " class of the package and its sub-packages)");
  }

  @Test
  void extremeButValidValuesAreAccepted() {
    JupiterRun.of(
            ConfiguredTestCase.class,
            "junit.parallel.threads",
            "AUTO",
            "junit.parallel.iterations",
            " 2 ",
            "junit.parallel.skip-thread-unsafe",
            " False ",
            "junit.parallel.timeout",
            "8760h",
            "junit.parallel.thread-unsafe-methods",
            "   ")
        .assertCounts(2, 0);

    int processors = Runtime.getRuntime().availableProcessors();
    assertThat(followers).hasSize(2 * 2 * processors).containsOnly(processors + "x2");
  }

  // ---- Conflicting annotations ---------------------------------------------------------------

  @Test
  void conflictingAnnotationsEachHaveOneVerdict() {
    ConflictsTestCase.runs.clear();

    JupiterRun run =
        JupiterRun.of(ConflictsTestCase.class, "junit.parallel.threads", "8").assertCounts(4, 1);

    String testThread = Thread.currentThread().getName();
    assertThat(ConflictsTestCase.runs)
        .as("a limit of 1 keeps the iterations: 3 runs on one worker")
        .filteredOn(entry -> entry.startsWith("limitOneWithIterations"))
        .containsExactly(
            "limitOneWithIterations 1x3 on parallel-threads ConflictsTestCase"
                + " limitOneWithIterations(ParallelContext) [thread 0 of 1]",
            "limitOneWithIterations 1x3 on parallel-threads ConflictsTestCase"
                + " limitOneWithIterations(ParallelContext) [thread 0 of 1]",
            "limitOneWithIterations 1x3 on parallel-threads ConflictsTestCase"
                + " limitOneWithIterations(ParallelContext) [thread 0 of 1]");
    assertThat(ConflictsTestCase.runs)
        .as("thread-unsafe drops the iterations too: one run on JUnit's thread")
        .filteredOn(entry -> entry.startsWith("unsafeWithIterations"))
        .containsExactly("unsafeWithIterations 1x1 on " + testThread);
    assertThat(run.reportEntriesOf("unsafeWithIterations("))
        .containsEntry("parallel.threads", "1")
        .containsEntry(
            "parallel.thread-unsafe",
            "@ThreadUnsafe on method ConflictsTestCase#unsafeWithIterations(): prints a banner"
                + " (overrides @Iterations(5))");
    assertThat(run.failureOf("unsafeWithInvalidThreads("))
        .as("a thread-unsafe verdict never hides an invalid annotation")
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@ParallelThreads(0) on method ConflictsTestCase#unsafeWithInvalidThreads() is"
                + " invalid: use a thread count from 1 to 10000, or ParallelThreads.AUTO for one"
                + " thread per processor");
    assertThat(ConflictsTestCase.runs)
        .as("@ParallelThreads(1) replaces the configured 8: the body runs on JUnit's thread")
        .filteredOn(entry -> entry.startsWith("forcedOneThread"))
        .containsExactly("forcedOneThread 1x1 on " + testThread);
    assertThat(followers).hasSize(8).containsOnly("8x1");
  }

  @Test
  void aThreadUnsafeClassOverridesParallelThreadsOnItsMethodAndSaysSo() {
    ConflictsTestCase.runs.clear();

    JupiterRun run = JupiterRun.of(UnsafeClassTestCase.class).assertCounts(1, 0);

    assertThat(ConflictsTestCase.runs)
        .containsExactly("forced 1x1 on " + Thread.currentThread().getName());
    assertThat(run.reportEntriesOf("forced("))
        .containsEntry("parallel.threads", "1")
        .containsEntry(
            "parallel.thread-unsafe",
            "@ThreadUnsafe on class io.github.parallelthreads.ReliabilityTests$UnsafeClassTestCase:"
                + " keeps a static cache (overrides @ParallelThreads(4))");
  }

  // ---- Sizes far beyond the machine ----------------------------------------------------------

  @Test
  void tenThousandThreadsEitherAllRunOrFailThatTestWithAClearMessage() {
    ManyThreadsTestCase.indexes.clear();

    JupiterRun run = JupiterRun.of(ManyThreadsTestCase.class);

    long failed = run.results().testEvents().failed().count();
    if (failed == 0) {
      run.assertCounts(2, 0);
      assertThat(ManyThreadsTestCase.indexes).hasSize(10_000);
    } else {
      // a machine that cannot start this many threads: only this test fails, and says why
      run.assertCounts(1, 1);
      assertThat(run.failureOf("trivial("))
          .hasMessageMatching(
              "(?s)could not start worker thread \\d+ of 10000 \\(.*\\): the machine cannot run"
                  + " this many threads; lower junit.parallel.threads or the value of"
                  + " @ParallelThreads");
    }
    assertThat(followers).hasSize(2).containsOnly("2x1");
  }

  /**
   * 512 threads x 1,000 iterations, every execution failing with its own message: 512,000 failures.
   * The report keeps the first 50 distinct ones and counts the rest, so its size does not grow with
   * the flood. Takes a few seconds on a 2-core machine (measured: see docs/reliability.md).
   */
  @Test
  void aFloodOfDistinctFailuresStaysBoundedAndSaysWhatWasLeftOut() {
    JupiterRun run = JupiterRun.of(FloodTestCase.class).assertCounts(1, 1);

    MultipleFailuresError failure = (MultipleFailuresError) run.failureOf("flood(");
    String message = failure.getMessage();
    assertThat(message)
        .hasSizeLessThan(20_000)
        .startsWith(
            "512 of 512 threads failed in iterations 0-999 of 1000 (50 distinct failures)\n"
                + "  [1] java.lang.IllegalStateException: failure ")
        .contains(
            "\n  [50] java.lang.IllegalStateException: failure ",
            "\n  ... and 511950 more failures with other messages, not kept (the first 50"
                + " distinct failures are)\n")
        .doesNotContain("\n  [51]");
    // every iteration starts only when all threads finished the previous one, so the 50 kept
    // failures are the first 50 recorded, all from iteration 0
    assertThat(failure.getFailures())
        .hasSize(50)
        .allSatisfy(kept -> assertThat(kept).hasMessageMatching("failure \\d{1,3}/0"));
    assertThat(failure.getSuppressed()).hasSize(50);
    assertThat(followers).hasSize(4).containsOnly("4x1");
  }

  // ---- Odd test names ------------------------------------------------------------------------

  @Test
  void oddNamesNeverEscapeTheTempDirectoryNorReachWorkerNamesAsControlCharacters()
      throws IOException {
    OddNamesTestCase.directories.clear();
    OddNamesTestCase.workerNames.clear();

    JupiterRun.of(OddNamesTestCase.class, "junit.parallel.threads", "2").assertCounts(7, 0);

    Path temp = Path.of(System.getProperty("java.io.tmpdir")).toRealPath();
    assertThat(OddNamesTestCase.directories)
        .hasSize(12)
        .allSatisfy(
            pair -> {
              Path junitDirectory = pair[0];
              Path threadDirectory = pair[1];
              assertThat(threadDirectory.startsWith(junitDirectory)).isTrue();
              assertThat(threadDirectory.getParent()).isEqualTo(junitDirectory);
              assertThat(threadDirectory.getFileName().toString())
                  .matches("thread-[01]-iteration-0-\\d+");
              assertThat(junitDirectory.getParent()).isEqualTo(temp);
              assertThat(junitDirectory.getFileName().toString()).startsWith("junit");
              assertThat(junitDirectory).as("removed by JUnit's cleanup").doesNotExist();
            });
    assertThat(OddNamesTestCase.directories.stream().map(pair -> pair[1])).doesNotHaveDuplicates();
    assertThat(OddNamesTestCase.workerNames)
        .hasSize(12)
        .allSatisfy(
            name ->
                assertThat(name)
                    .startsWith("parallel-threads OddNamesTestCase ")
                    .doesNotContainPattern("\\p{Cntrl}")
                    .hasSizeLessThanOrEqualTo(
                        "parallel-threads ".length() + 120 + "...".length() + 16))
        // JUnit 6 renders control characters in display names itself, JUnit 5 passes them on:
        // either way none reaches a thread name, and the rest of the name is kept
        .anyMatch(
            name ->
                name.startsWith("parallel-threads OddNamesTestCase ../../etc/passwd : a/b ")
                    && name.endsWith(" end [thread 1 of 2]"))
        .anyMatch(
            name ->
                name.startsWith("parallel-threads OddNamesTestCase [3] ")
                    && name.contains("nul ")
                    && name.endsWith(" [thread 0 of 2]"))
        .contains(
            "parallel-threads OddNamesTestCase "
                + OddNamesTestCase.THREE_HUNDRED.substring(0, 120 - "OddNamesTestCase ".length())
                + "... [thread 1 of 2]");
    assertThat(followers).hasSize(2).containsOnly("2x1");
  }

  // ---- Fixtures ------------------------------------------------------------------------------

  /** A class whose static initializer always fails. */
  static final class BrokenStaticInitializer {
    static final int VALUE = readConfiguration();

    private BrokenStaticInitializer() {}

    private static int readConfiguration() {
      throw new IllegalStateException("no configuration file");
    }
  }

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class ErrorsTestCase {
    static final AtomicInteger executions = new AtomicInteger();

    @ParallelThreads(4)
    @Iterations(3)
    @Test
    @Order(1)
    void errors(ParallelContext context) {
      executions.incrementAndGet();
      if (context.threadIndex() == 1) {
        assertThat(BrokenStaticInitializer.VALUE).isPositive();
      }
      if (context.threadIndex() == 2 && context.iterationIndex() == 1) {
        throw new AssertionError("invariant broken on thread 2");
      }
    }

    @ParallelThreads(4)
    @Test
    @Order(2)
    void next(ParallelContext context) {
      follow(context);
    }
  }

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class UnrecordableFailureTestCase {
    @ParallelThreads(2)
    @Test
    @Order(1)
    void unrecordable() {
      throw new UnrecordableFailure();
    }

    @ParallelThreads(2)
    @Test
    @Order(2)
    void next(ParallelContext context) {
      follow(context);
    }
  }

  /** The run cannot group it with others: asking for its message fails. */
  static final class UnrecordableFailure extends RuntimeException {
    @Serial private static final long serialVersionUID = 1L;

    @Override
    public String getMessage() {
      throw new IllegalStateException("getMessage() of this failure is broken");
    }
  }

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class StubbornTestCase {
    static CountDownLatch release;

    @ParallelThreads(2)
    @Test
    @Order(1)
    void ignoresInterrupts(ParallelContext context) {
      if (context.threadIndex() == 0) {
        while (true) {
          try {
            release.await();
            return;
          } catch (InterruptedException ignored) {
            // swallowed on purpose: this worker does not stop when asked
          }
        }
      }
    }

    @ParallelThreads(2)
    @Test
    @Order(2)
    void next(ParallelContext context) {
      follow(context);
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class ConfiguredTestCase {
    @Test
    @Order(1)
    void first(ParallelContext context) {
      follow(context);
    }

    @Test
    @Order(2)
    void second(ParallelContext context) {
      follow(context);
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class ConflictsTestCase {
    static final List<String> runs = new CopyOnWriteArrayList<>();

    static void record(String test, ParallelContext context) {
      runs.add(
          test
              + " "
              + context.threadCount()
              + "x"
              + context.iterationCount()
              + " on "
              + Thread.currentThread().getName());
    }

    @ParallelThreadsLimit(1)
    @Iterations(3)
    @Test
    @Order(1)
    void limitOneWithIterations(ParallelContext context) {
      record("limitOneWithIterations", context);
    }

    @ThreadUnsafe(reason = "prints a banner")
    @Iterations(5)
    @Test
    @Order(2)
    void unsafeWithIterations(ParallelContext context) {
      record("unsafeWithIterations", context);
    }

    @ThreadUnsafe
    @ParallelThreads(0)
    @Test
    @Order(3)
    void unsafeWithInvalidThreads(ParallelContext context) {
      record("unsafeWithInvalidThreads", context);
    }

    @ParallelThreads(1)
    @Test
    @Order(4)
    void forcedOneThread(ParallelContext context) {
      record("forcedOneThread", context);
    }

    @Test
    @Order(5)
    void next(ParallelContext context) {
      follow(context);
    }
  }

  @ThreadUnsafe(reason = "keeps a static cache")
  static class UnsafeClassTestCase {
    @ParallelThreads(4)
    @Test
    void forced(ParallelContext context) {
      ConflictsTestCase.record("forced", context);
    }
  }

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class ManyThreadsTestCase {
    static final Set<Integer> indexes = ConcurrentHashMap.newKeySet();

    @ParallelThreads(10_000)
    @Test
    @Order(1)
    void trivial(ParallelContext context) {
      indexes.add(context.threadIndex());
    }

    @ParallelThreads(2)
    @Test
    @Order(2)
    void next(ParallelContext context) {
      follow(context);
    }
  }

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class FloodTestCase {
    @ParallelThreads(512)
    @Iterations(1000)
    @Test
    @Order(1)
    void flood(ParallelContext context) {
      throw new IllegalStateException(
          "failure " + context.threadIndex() + "/" + context.iterationIndex());
    }

    @ParallelThreads(4)
    @Test
    @Order(2)
    void next(ParallelContext context) {
      follow(context);
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class OddNamesTestCase {
    static final String TEN = "0123456789";
    static final String HUNDRED = TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN;
    static final String THREE_HUNDRED = HUNDRED + HUNDRED + HUNDRED;

    /** Pairs of JUnit's directory and a thread's directory inside it, as real paths. */
    static final List<Path[]> directories = new CopyOnWriteArrayList<>();

    static final Set<String> workerNames = ConcurrentHashMap.newKeySet();

    static void useAlone(Path directory) throws IOException {
      workerNames.add(Thread.currentThread().getName());
      try (Stream<Path> entries = Files.list(directory)) {
        assertThat(entries).as("a new, empty directory").isEmpty();
      }
      Files.writeString(directory.resolve("report.txt"), Thread.currentThread().getName());
      directories.add(new Path[] {directory.getParent().toRealPath(), directory.toRealPath()});
    }

    @DisplayName("../../etc/passwd : a/b \0x\ny\tz end")
    @Test
    @Order(1)
    void controlCharacters(@TempDir Path directory) throws IOException {
      useAlone(directory);
    }

    @DisplayName(THREE_HUNDRED)
    @Test
    @Order(2)
    void longName(@TempDir Path directory) throws IOException {
      useAlone(directory);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"../..", "C:\\a/b:c", "nul \0 newline \n tab \t", THREE_HUNDRED})
    @Order(3)
    void parameterized(String name, @TempDir Path directory) throws IOException {
      useAlone(directory);
    }

    @Test
    @Order(4)
    void next(ParallelContext context) {
      follow(context);
    }
  }
}
