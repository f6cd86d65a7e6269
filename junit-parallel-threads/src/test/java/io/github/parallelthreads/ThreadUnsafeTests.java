package io.github.parallelthreads;

import static org.assertj.core.api.Assertions.assertThat;

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
}
