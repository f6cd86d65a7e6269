package io.github.parallelthreads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.MultipleFailuresError;

/** Each worker gets its own context, comparator view and temporary directories. */
class PerThreadResourcesTests {

  static final Set<String> contexts = ConcurrentHashMap.newKeySet();
  static final List<Path> directories = new CopyOnWriteArrayList<>();

  @BeforeEach
  void reset() {
    contexts.clear();
    directories.clear();
  }

  @Test
  void everyThreadAndIterationHasItsOwnContextAsParameterAndStatically() {
    JupiterRun.of(
            ContextTestCase.class, "junit.parallel.threads", "3", "junit.parallel.iterations", "2")
        .assertCounts(1, 0);

    assertThat(contexts)
        .containsExactlyInAnyOrder(
            "thread 0 of 3, iteration 0 of 2",
            "thread 0 of 3, iteration 1 of 2",
            "thread 1 of 3, iteration 0 of 2",
            "thread 1 of 3, iteration 1 of 2",
            "thread 2 of 3, iteration 0 of 2",
            "thread 2 of 3, iteration 1 of 2");
  }

  @Test
  void outsideAParallelRunTheContextIsOneThreadAndOneIteration() {
    ParallelContext context = ParallelContext.current();

    assertThat(context.threadIndex()).isZero();
    assertThat(context.threadCount()).isOne();
    assertThat(context.iterationIndex()).isZero();
    assertThat(context.iterationCount()).isOne();
  }

  @Test
  void tempDirParametersAreNewEmptyAndInsideJUnitsDirectoryForEveryThreadAndIteration() {
    JupiterRun.of(
            TempDirTestCase.class, "junit.parallel.threads", "4", "junit.parallel.iterations", "3")
        .assertCounts(2, 0);

    assertThat(directories).hasSize(24).doesNotHaveDuplicates();
    Set<Path> parents = directories.stream().map(Path::getParent).collect(Collectors.toSet());
    assertThat(parents).hasSize(2); // one directory made by JUnit for each of the two tests
    assertThat(parents)
        .allSatisfy(parent -> assertThat(parent.getFileName().toString()).startsWith("junit"));
    assertThat(directories)
        .extracting(directory -> directory.getFileName().toString())
        .anyMatch(name -> name.startsWith("thread-3-iteration-2-"));
    assertThat(parents)
        .as("removed by JUnit's cleanup")
        .allSatisfy(parent -> assertThat(parent).doesNotExist());
  }

  @Test
  void threadsThatComputeTheSameValuePassTheComparator() {
    JupiterRun.of(
            AgreeingTestCase.class, "junit.parallel.threads", "4", "junit.parallel.iterations", "3")
        .assertCounts(1, 0);
  }

  @Test
  void threadsThatDisagreeFailNamingTheThreadsAndTheirValues() {
    Throwable failure =
        JupiterRun.of(DisagreeingTestCase.class, "junit.parallel.threads", "4")
            .assertCounts(0, 1)
            .failureOf("body(");

    assertThat(failure)
        .isInstanceOf(MultipleFailuresError.class)
        .hasMessageStartingWith(
            "4 of 4 threads failed (1 distinct failure)\n"
                + "  [1] org.opentest4j.AssertionFailedError: threads disagree on 'parity' in iteration 0:\n"
                + "  threads 0, 2 computed \"even\"\n"
                + "  threads 1, 3 computed \"odd\"");
  }

  @Test
  void theComparatorNeverWaitsForAThreadThatFailedBeforeReachingIt() {
    Throwable failure =
        JupiterRun.of(
                FailsBeforeComparingTestCase.class,
                "junit.parallel.threads",
                "4",
                "junit.parallel.iterations",
                "3",
                "junit.parallel.timeout",
                "60s") // bounds a regression; the run itself takes milliseconds
            .assertCounts(0, 1)
            .failureOf("body(");

    assertThat(failure)
        .hasMessageStartingWith("1 of 4 threads failed in iterations 0-2 of 3 (1 distinct failure)")
        .hasMessageContaining("java.lang.IllegalStateException: thread 0 fails before comparing")
        .hasMessageNotContaining("disagree")
        .hasMessageNotContaining("still running");
  }

  @Test
  void onOneThreadTheComparatorReturnsTheValue() {
    JupiterRun.of(AgreeingTestCase.class).assertCounts(1, 0);
  }

  @Test
  void aThreadComparatorInAConstructorFailsTheTestNamingWhereItIsAndTheFix() {
    Throwable failure =
        JupiterRun.of(ComparatorInConstructorTestCase.class, "junit.parallel.threads", "2")
            .assertCounts(0, 1)
            .failureOf("body(");

    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "ThreadComparator parameter [io.github.parallelthreads.ThreadComparator arg0] of"
                + " constructor ComparatorInConstructorTestCase(ThreadComparator) would compare"
                + " nothing: only the test method's body runs on the threads of a parallel run;"
                + " declare ThreadComparator as a parameter of the test method");
  }

  @Test
  void aThreadComparatorInBeforeEachFailsTheTestNamingWhereItIsAndTheFix() {
    Throwable failure =
        JupiterRun.of(ComparatorInBeforeEachTestCase.class, "junit.parallel.threads", "2")
            .assertCounts(0, 1)
            .failureOf("body(");

    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "ThreadComparator parameter [io.github.parallelthreads.ThreadComparator arg1] of"
                + " method ComparatorInBeforeEachTestCase#setUp(ParallelContext, ThreadComparator)"
                + " would compare nothing: only the test method's body runs on the threads of a"
                + " parallel run; declare ThreadComparator as a parameter of the test method");
  }

  @Test
  void aParallelContextInBeforeEachDescribesJUnitsOneThreadAndTheTestMethodsComparatorWorks() {
    JupiterRun.of(ContextInBeforeEachTestCase.class, "junit.parallel.threads", "2")
        .assertCounts(1, 0);

    assertThat(contexts)
        .containsExactlyInAnyOrder(
            "@BeforeEach: thread 0 of 1, iteration 0 of 1",
            "body: thread 0 of 2, iteration 0 of 1",
            "body: thread 1 of 2, iteration 0 of 1");
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class ContextTestCase {
    @Test
    void body(ParallelContext context) {
      assertThat(ParallelContext.current()).isSameAs(context);
      contexts.add(context.toString());
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class ComparatorInConstructorTestCase {
    ComparatorInConstructorTestCase(ThreadComparator comparator) {
      comparator.check("constructed", true);
    }

    @Test
    void body() {}
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class ComparatorInBeforeEachTestCase {
    @BeforeEach
    void setUp(ParallelContext context, ThreadComparator comparator) {
      comparator.check("set up", context.threadIndex());
    }

    @Test
    void body() {}
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class ContextInBeforeEachTestCase {
    @BeforeEach
    void setUp(ParallelContext context) {
      contexts.add("@BeforeEach: " + context);
    }

    @Test
    void body(ParallelContext context, ThreadComparator comparator) {
      assertThat(comparator.check("answer", 42)).isEqualTo(42);
      contexts.add("body: " + context);
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class TempDirTestCase {
    @Test
    void path(@TempDir Path directory, ParallelContext context) throws IOException {
      useAlone(directory, context);
    }

    @Test
    void file(@TempDir File directory, ParallelContext context) throws IOException {
      useAlone(directory.toPath(), context);
    }

    private static void useAlone(Path directory, ParallelContext context) throws IOException {
      try (Stream<Path> entries = Files.list(directory)) {
        assertThat(entries).as("a new, empty directory").isEmpty();
      }
      Files.writeString(directory.resolve("report.txt"), context.toString());
      try (Stream<Path> entries = Files.list(directory)) {
        assertThat(entries).hasSize(1);
      }
      directories.add(directory);
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class AgreeingTestCase {
    @Test
    void body(ThreadComparator comparator, ParallelContext context) {
      String value = comparator.check("sum", "total " + (20 + 22));
      assertThat(value).isEqualTo("total 42");
      comparator.check("iteration", context.iterationIndex());
      comparator.check("iteration", context.iterationIndex()); // a second check of the same label
      comparator.check("array", new int[] {1, 2, context.iterationIndex()});
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class DisagreeingTestCase {
    @Test
    void body(ThreadComparator comparator, ParallelContext context) {
      comparator.check("parity", context.threadIndex() % 2 == 0 ? "even" : "odd");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class FailsBeforeComparingTestCase {
    @Test
    void body(ThreadComparator comparator, ParallelContext context) {
      if (context.threadIndex() == 0) {
        throw new IllegalStateException("thread 0 fails before comparing");
      }
      comparator.check("answer", 42);
    }
  }
}
