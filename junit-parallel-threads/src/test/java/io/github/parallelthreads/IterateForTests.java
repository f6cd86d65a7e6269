package io.github.parallelthreads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentest4j.MultipleFailuresError;

/**
 * {@link IterateFor} and {@code junit.parallel.iterate-for}: every thread iterates until a time
 * budget has passed, all of them deciding together, and the run stops at the first failed
 * iteration.
 */
class IterateForTests {

  /** Thread index -> the iteration indexes it ran. */
  static final Map<Integer, Set<Integer>> ran = new ConcurrentHashMap<>();

  static final Set<Integer> iterationCounts = ConcurrentHashMap.newKeySet();
  static final Set<String> described = ConcurrentHashMap.newKeySet();
  static final AtomicLong beforeEachNanos = new AtomicLong();
  static final AtomicLong afterEachNanos = new AtomicLong();
  static final List<Path> passedDirectories = new CopyOnWriteArrayList<>();
  static final List<Path> failedDirectories = new CopyOnWriteArrayList<>();
  static final List<String> leftInTheTestsDirectory = new CopyOnWriteArrayList<>();

  @BeforeEach
  void reset() {
    ran.clear();
    iterationCounts.clear();
    described.clear();
    passedDirectories.clear();
    failedDirectories.clear();
    leftInTheTestsDirectory.clear();
  }

  static void record(ParallelContext context) {
    ran.computeIfAbsent(context.threadIndex(), thread -> ConcurrentHashMap.newKeySet())
        .add(context.iterationIndex());
    iterationCounts.add(context.iterationCount());
    if (context.threadIndex() == 0 && context.iterationIndex() == 0) {
      described.add(context.toString());
    }
  }

  @Test
  void everyThreadRunsTheSameNumberOfIterationsMoreThanOneUntilTheBudgetHasPassed() {
    Map<String, String> entries =
        JupiterRun.of(OneSecondTestCase.class).assertCounts(1, 0).reportEntriesOf("body(");

    assertThat(ran).containsOnlyKeys(0, 1, 2);
    int iterations = ran.get(0).size();
    assertThat(iterations).isGreaterThan(1);
    assertThat(ran.values())
        .as("every thread ran iterations 0 to n-1, the same n")
        .allSatisfy(
            indexes ->
                assertThat(indexes)
                    .hasSize(iterations)
                    .allSatisfy(index -> assertThat(index).isBetween(0, iterations - 1)));
    assertThat(Duration.ofNanos(afterEachNanos.get() - beforeEachNanos.get()))
        .as("no thread stops before the budget has passed")
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(iterationCounts)
        .as("ParallelContext.iterationCount() under a budget")
        .containsExactly(Integer.MAX_VALUE);
    assertThat(described)
        .as("ParallelContext.toString() under a budget")
        .containsExactly("thread 0 of 3, iteration 0, under a time budget");
    assertThat(entries)
        .containsEntry("parallel.threads", "3")
        .containsEntry("parallel.iterate-for", "1s")
        .doesNotContainKey("parallel.iterations");
    assertThat(entries.get("parallel.iterations-run")).matches(iterations + " per thread in .+s");
  }

  @Test
  void stopsAtTheFirstFailedIterationLongBeforeItsBudget() {
    Throwable failure =
        JupiterRun.of(FailsInIterationTwoTestCase.class, "junit.parallel.timeout", "60s")
            .assertCounts(0, 1)
            .failureOf("body(");

    assertThat(ran)
        .as("every thread finishes iteration 2, where one failed, and none starts iteration 3")
        .containsOnlyKeys(0, 1, 2, 3)
        .allSatisfy((thread, indexes) -> assertThat(indexes).containsExactlyInAnyOrder(0, 1, 2));
    assertThat(failure)
        .isInstanceOf(MultipleFailuresError.class)
        .hasMessageStartingWith(
            "1 of 4 threads failed in iteration 2 (1 distinct failure)\n"
                + "  [1] java.lang.IllegalStateException: thread 1 fails in iteration 2\n"
                + "      at io.github.parallelthreads.IterateForTests$FailsInIterationTwoTestCase"
                + ".body(IterateForTests.java:")
        .hasMessageContaining(
            "      once: thread 1 (iteration 2)\n"
                + "Iterated for 50s: each of the 4 threads ran 3 iterations, in ")
        .hasMessageContaining("; no thread starts an iteration after one failed.\n");
  }

  @Test
  void underACountAFailedIterationDoesNotStopTheRun() {
    JupiterRun.of(FailsUnderACountTestCase.class).assertCounts(0, 1);

    assertThat(ran)
        .containsOnlyKeys(0, 1, 2, 3)
        .allSatisfy((thread, indexes) -> assertThat(indexes).containsExactlyInAnyOrder(0, 1, 2, 3));
  }

  @Test
  void runsAtLeastTheIterationsOfIterationsHoweverShortTheBudget() {
    Map<String, String> entries =
        JupiterRun.of(AtLeastFiveTestCase.class).assertCounts(1, 0).reportEntriesOf("body(");

    assertThat(ran.values()).allSatisfy(indexes -> assertThat(indexes).contains(0, 1, 2, 3, 4));
    int[] counts = ran.values().stream().mapToInt(Set::size).distinct().toArray();
    assertThat(counts).hasSize(1);
    assertThat(entries.get("parallel.iterations-run")).startsWith(counts[0] + " per thread in ");
  }

  @Test
  void theConfigurationKeyGivesEveryParallelTestABudget() {
    Map<String, String> entries =
        JupiterRun.of(
                PlainTestCase.class,
                "junit.parallel.threads",
                "2",
                "junit.parallel.iterate-for",
                "200ms")
            .assertCounts(1, 0)
            .reportEntriesOf("body(");

    assertThat(entries)
        .containsEntry("parallel.threads", "2")
        .containsEntry("parallel.iterate-for", "200ms")
        .containsKey("parallel.iterations-run");
    assertThat(iterationCounts).containsExactly(Integer.MAX_VALUE);
  }

  @Test
  void onOneConfiguredThreadTheBudgetStillIteratesOnAWorker() {
    Map<String, String> entries =
        JupiterRun.of(PlainTestCase.class, "junit.parallel.iterate-for", "100ms")
            .assertCounts(1, 0)
            .reportEntriesOf("body(");

    assertThat(entries)
        .containsEntry("parallel.threads", "1")
        .containsKey("parallel.iterations-run");
    assertThat(ran).containsOnlyKeys(0);
  }

  @Test
  void theMethodsAnnotationWinsOverItsClassesAndAClassesAppliesToItsNestedClasses() {
    JupiterRun run = JupiterRun.of(ClassBudgetTestCase.class).assertCounts(2, 0);

    assertThat(run.reportEntriesOf("ownBudget(")).containsEntry("parallel.iterate-for", "100ms");
    assertThat(run.reportEntriesOf("classBudget(")).containsEntry("parallel.iterate-for", "200ms");
  }

  @Test
  void aThreadUnsafeTestRunsOnceOnJUnitsThreadAsUnderIterations() {
    Map<String, String> entries =
        JupiterRun.of(ThreadUnsafeTestCase.class).assertCounts(1, 0).reportEntriesOf("body(");

    assertThat(ran).containsExactly(Map.entry(0, Set.of(0)));
    assertThat(iterationCounts).containsExactly(1);
    assertThat(entries)
        .containsEntry("parallel.threads", "1")
        .containsEntry(
            "parallel.thread-unsafe",
            "@ThreadUnsafe on method ThreadUnsafeTestCase#body(): prints"
                + " (overrides @ParallelThreads(4) and @IterateFor(\"1s\"))")
        .doesNotContainKey("parallel.iterations-run");
  }

  @Test
  void theTempDirOfAPassedIterationIsDeletedWhenTheIterationEndsAndAFailedOnesIsKept() {
    JupiterRun.of(TempDirTestCase.class).assertCounts(0, 1);

    // what JUnit's directory for the test held after the run, before JUnit's cleanup
    assertThat(leftInTheTestsDirectory)
        .as("the failed iteration's directory, kept: JUnit's cleanup mode decides its fate")
        .contains(failedDirectories.get(0).getFileName().toString())
        .as("at most one unused, empty directory per thread besides")
        .hasSizeLessThanOrEqualTo(1 + 2)
        .as("no passed iteration's directory")
        .doesNotContainAnyElementsOf(
            passedDirectories.stream()
                .map(path -> path.getFileName().toString())
                .collect(Collectors.toList()));
    assertThat(passedDirectories).hasSizeGreaterThanOrEqualTo(7); // iterations 0-3, 2 threads
  }

  @ParameterizedTest(name = "@IterateFor(\"{0}\")")
  @CsvSource(
      delimiter = '|',
      value = {
        "soon  | soonBudget  | use a positive duration such as 500ms, 30s, 5m or 1h, shorter than"
            + " junit.parallel.timeout (5m)",
        "0s    | zeroBudget  | use a positive duration such as 500ms, 30s, 5m or 1h, shorter than"
            + " junit.parallel.timeout (5m)",
        "5m    | equalBudget | use a duration shorter than junit.parallel.timeout (5m), which bounds"
            + " the whole run: a budget that long would always time out; shorten the budget or"
            + " raise junit.parallel.timeout",
        "10m   | longBudget  | use a duration shorter than junit.parallel.timeout (5m), which bounds"
            + " the whole run: a budget that long would always time out; shorten the budget or"
            + " raise junit.parallel.timeout",
      })
  void anInvalidAnnotationFailsTheTestNamingItTheValueAndWhatIsAllowed(
      String value, String method, String allowed) {
    Throwable failure =
        JupiterRun.of(BadBudgetsTestCase.class).assertCounts(0, 4).failureOf(method + "(");

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@IterateFor(\""
                + value
                + "\") on method BadBudgetsTestCase#"
                + method
                + "() is invalid: "
                + allowed);
  }

  @ParameterizedTest(name = "junit.parallel.iterate-for=''{0}'' with timeout {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "soon | 5m  | a positive duration such as 500ms, 30s, 5m or 1h, shorter than"
            + " junit.parallel.timeout (5m)",
        "-2s  | 5m  | a positive duration such as 500ms, 30s, 5m or 1h, shorter than"
            + " junit.parallel.timeout (5m)",
        "30s  | 30s | a duration shorter than junit.parallel.timeout (30s), which bounds the whole"
            + " run: a budget that long would always time out; shorten the budget or raise"
            + " junit.parallel.timeout",
        "1h   | 5m  | a duration shorter than junit.parallel.timeout (5m), which bounds the whole"
            + " run: a budget that long would always time out; shorten the budget or raise"
            + " junit.parallel.timeout",
      })
  void anInvalidKeyFailsTheTestNamingBothKeysTheValueAndWhatIsAllowed(
      String value, String timeout, String allowed) {
    Throwable failure =
        JupiterRun.of(
                PlainTestCase.class,
                "junit.parallel.iterate-for",
                value,
                "junit.parallel.timeout",
                timeout)
            .assertCounts(0, 1)
            .failureOf("body(");

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "invalid value '"
                + value
                + "' for configuration parameter junit.parallel.iterate-for: expected "
                + allowed);
  }

  @ParallelThreads(3)
  @IterateFor("1s")
  static class OneSecondTestCase {
    @BeforeEach
    void start() {
      beforeEachNanos.set(System.nanoTime());
    }

    @Test
    void body(ParallelContext context) {
      record(context);
    }

    @AfterEach
    void end() {
      afterEachNanos.set(System.nanoTime());
    }
  }

  @ParallelThreads(4)
  static class FailsInIterationTwoTestCase {
    @Iterations(4)
    @IterateFor("50s")
    @Test
    void body(ParallelContext context) {
      record(context);
      if (context.threadIndex() == 1 && context.iterationIndex() == 2) {
        throw new IllegalStateException("thread 1 fails in iteration 2");
      }
    }
  }

  @ParallelThreads(4)
  @Iterations(4)
  static class FailsUnderACountTestCase {
    @Test
    void body(ParallelContext context) {
      record(context);
      if (context.threadIndex() == 1 && context.iterationIndex() == 2) {
        throw new IllegalStateException("thread 1 fails in iteration 2");
      }
    }
  }

  static class AtLeastFiveTestCase {
    @ParallelThreads(2)
    @Iterations(5)
    @IterateFor("1ms")
    @Test
    void body(ParallelContext context) {
      record(context);
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class PlainTestCase {
    @Test
    void body(ParallelContext context) {
      record(context);
    }
  }

  @ParallelThreads(2)
  @IterateFor("200ms")
  static class ClassBudgetTestCase {
    @IterateFor("100ms")
    @Test
    void ownBudget() {}

    @Nested
    class Inner {
      @Test
      void classBudget() {}
    }
  }

  static class ThreadUnsafeTestCase {
    @ParallelThreads(4)
    @IterateFor("1s")
    @ThreadUnsafe(reason = "prints")
    @Test
    void body(ParallelContext context) {
      record(context);
    }
  }

  static class TempDirTestCase {
    private Path testsDirectory;

    @ParallelThreads(2)
    @IterateFor("50s")
    @Test
    void body(@TempDir Path directory, ParallelContext context) throws IOException {
      testsDirectory = directory.getParent();
      try (Stream<Path> entries = Files.list(directory)) {
        assertThat(entries).as("a new, empty directory").isEmpty();
      }
      Files.writeString(directory.resolve("report.txt"), context.toString());
      if (context.threadIndex() == 0 && context.iterationIndex() == 3) {
        failedDirectories.add(directory);
        throw new IllegalStateException("thread 0 fails in iteration 3");
      }
      passedDirectories.add(directory);
    }

    @AfterEach
    void listTheTestsDirectory() throws IOException {
      try (Stream<Path> entries = Files.list(testsDirectory)) {
        leftInTheTestsDirectory.addAll(
            entries.map(path -> path.getFileName().toString()).collect(Collectors.toList()));
      }
    }
  }

  static class BadBudgetsTestCase {
    @IterateFor("soon")
    @Test
    void soonBudget() {}

    @IterateFor("0s")
    @Test
    void zeroBudget() {}

    @IterateFor("5m")
    @Test
    void equalBudget() {}

    @IterateFor("10m")
    @Test
    void longBudget() {}
  }
}
