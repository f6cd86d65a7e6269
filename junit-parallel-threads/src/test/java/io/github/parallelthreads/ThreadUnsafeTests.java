package io.github.parallelthreads;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A thread-unsafe test runs once on one thread, saying why, or is skipped on request. */
class ThreadUnsafeTests {

  static final List<String> ran = new CopyOnWriteArrayList<>();

  @BeforeEach
  void reset() {
    ran.clear();
  }

  static void record(String test) {
    ran.add(test + " on " + Thread.currentThread().getName());
  }

  @Test
  void aThreadUnsafeMethodRunsOnceOnJupitersThreadWhileItsNeighbourRunsInParallel() {
    JupiterRun run =
        JupiterRun.of(UnsafeMethodTestCase.class, "junit.parallel.threads", "4").assertCounts(2, 0);

    String testThread = Thread.currentThread().getName();
    assertThat(ran)
        .filteredOn(entry -> entry.startsWith("unsafe"))
        .containsExactly("unsafe on " + testThread);
    assertThat(ran).filteredOn(entry -> entry.startsWith("neighbour")).hasSize(4);
    assertThat(run.reportEntriesOf("printsBanner("))
        .containsEntry("parallel.threads", "1")
        .containsEntry(
            "parallel.thread-unsafe",
            "@ThreadUnsafe on method UnsafeMethodTestCase#printsBanner(): replaces System.out");
    assertThat(run.reportEntriesOf("neighbour(")).containsEntry("parallel.threads", "4");
  }

  @Test
  void aThreadUnsafeClassKeepsAllItsTestsOnOneThread() {
    JupiterRun run =
        JupiterRun.of(UnsafeClassTestCase.class, "junit.parallel.threads", "4").assertCounts(1, 0);

    assertThat(ran).hasSize(1);
    assertThat(run.reportEntriesOf("body("))
        .containsEntry(
            "parallel.thread-unsafe",
            "@ThreadUnsafe on class io.github.parallelthreads.ThreadUnsafeTests$UnsafeClassTestCase");
  }

  @Test
  void threadUnsafeWinsOverParallelThreadsAndSaysSo() {
    JupiterRun run = JupiterRun.of(ConflictingTestCase.class).assertCounts(1, 0);

    assertThat(ran).hasSize(1);
    assertThat(run.reportEntriesOf("body("))
        .containsEntry(
            "parallel.thread-unsafe",
            "@ThreadUnsafe on method ConflictingTestCase#body(): sets the default locale"
                + " (overrides @ParallelThreads(4))");
  }

  @Test
  void withSkipThreadUnsafeTheTestIsSkippedWithTheReason() {
    JupiterRun run =
        JupiterRun.of(
                UnsafeMethodTestCase.class,
                "junit.parallel.threads",
                "4",
                "junit.parallel.skip-thread-unsafe",
                "true")
            .assertCounts(1, 0);

    run.results().testEvents().assertStatistics(stats -> stats.skipped(1));
    assertThat(run.skipReasonOf("printsBanner("))
        .isEqualTo(
            "thread-unsafe, skipped because junit.parallel.skip-thread-unsafe=true:"
                + " @ThreadUnsafe on method UnsafeMethodTestCase#printsBanner(): replaces System.out");
    assertThat(ran).filteredOn(entry -> entry.startsWith("neighbour")).hasSize(4);
  }

  @Test
  void withNothingInParallelAThreadUnsafeTestIsNeitherSkippedNorReported() {
    JupiterRun run =
        JupiterRun.of(UnsafeMethodTestCase.class, "junit.parallel.skip-thread-unsafe", "true")
            .assertCounts(2, 0);

    assertThat(ran).hasSize(2);
    assertThat(run.reportEntriesOf("printsBanner(")).isEmpty();
  }

  @Test
  void aTeamsOwnAnnotationCarryingThreadUnsafeIsNamedInTheReason() {
    JupiterRun run =
        JupiterRun.of(ComposedAnnotationTestCase.class, "junit.parallel.threads", "4")
            .assertCounts(3, 0);

    assertThat(ran).hasSize(3);
    assertThat(run.reportEntriesOf("capturesOutput("))
        .containsEntry(
            "parallel.thread-unsafe",
            "@ThreadUnsafe, via @CapturesOutput, on method"
                + " ComposedAnnotationTestCase#capturesOutput(): captures System.out");
    assertThat(run.reportEntriesOf("capturesOutputTwoLevelsDown("))
        .containsEntry(
            "parallel.thread-unsafe",
            "@ThreadUnsafe, via @CapturesOutput on @CapturesEverything, on method"
                + " ComposedAnnotationTestCase#capturesOutputTwoLevelsDown(): captures System.out");
    assertThat(run.reportEntriesOf("markedDirectly("))
        .containsEntry(
            "parallel.thread-unsafe",
            "@ThreadUnsafe on method ComposedAnnotationTestCase#markedDirectly(): sets a property");
  }

  @Test
  void aTeamsOwnAnnotationOnTheClassIsNamedForEachOfItsTests() {
    assertClassRanOnceWithReason(
        ComposedOnClassTestCase.class,
        "@ThreadUnsafe, via @CapturesOutput, on class"
            + " io.github.parallelthreads.ThreadUnsafeTests$ComposedOnClassTestCase:"
            + " captures System.out");
  }

  @Test
  void aTeamsOwnAnnotationOnTheClassWinsOverAnInheritedMarkAsInJUnitsLookup() {
    assertClassRanOnceWithReason(
        ComposedOverInheritedTestCase.class,
        "@ThreadUnsafe, via @CapturesOutput, on class"
            + " io.github.parallelthreads.ThreadUnsafeTests$ComposedOverInheritedTestCase:"
            + " captures System.out");
  }

  @Test
  void aMarkInheritedFromASuperclassIsNamedAsItIs() {
    assertClassRanOnceWithReason(
        InheritedMarkTestCase.class,
        "@ThreadUnsafe on class"
            + " io.github.parallelthreads.ThreadUnsafeTests$InheritedMarkTestCase:"
            + " keeps a static cache");
  }

  /** Runs a test case whose one test, {@code body()}, is thread-unsafe by its class. */
  private static void assertClassRanOnceWithReason(Class<?> testCase, String reason) {
    JupiterRun run = JupiterRun.of(testCase, "junit.parallel.threads", "4").assertCounts(1, 0);

    assertThat(ran).hasSize(1);
    assertThat(run.reportEntriesOf("body(")).containsEntry("parallel.thread-unsafe", reason);
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class UnsafeMethodTestCase {
    @ThreadUnsafe(reason = "replaces System.out")
    @Test
    void printsBanner() {
      record("unsafe");
    }

    @Test
    void neighbour() {
      record("neighbour");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  @ThreadUnsafe
  static class UnsafeClassTestCase {
    @Test
    void body() {
      record("unsafe");
    }
  }

  static class ConflictingTestCase {
    @ParallelThreads(4)
    @ThreadUnsafe(reason = "sets the default locale")
    @Test
    void body() {
      record("conflicting");
    }
  }

  @ThreadUnsafe(reason = "captures System.out")
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
  @interface CapturesOutput {}

  @CapturesOutput
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface CapturesEverything {}

  @ExtendWith(ParallelThreadsExtension.class)
  static class ComposedAnnotationTestCase {
    @CapturesOutput
    @Test
    void capturesOutput() {
      record("composed");
    }

    @CapturesEverything
    @Test
    void capturesOutputTwoLevelsDown() {
      record("composed twice");
    }

    @ThreadUnsafe(reason = "sets a property")
    @Test
    void markedDirectly() {
      record("direct");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  @ThreadUnsafe(reason = "keeps a static cache")
  abstract static class MarkedBase {
    @Test
    void body() {
      record("inherited");
    }
  }

  @CapturesOutput
  static class ComposedOverInheritedTestCase extends MarkedBase {}

  static class InheritedMarkTestCase extends MarkedBase {}

  @ExtendWith(ParallelThreadsExtension.class)
  @CapturesOutput
  static class ComposedOnClassTestCase {
    @Test
    void body() {
      record("composed class");
    }
  }
}
