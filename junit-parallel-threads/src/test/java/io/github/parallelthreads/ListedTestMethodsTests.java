package io.github.parallelthreads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An entry of {@code junit.parallel.thread-unsafe-methods} also matches the test methods
 * themselves: {@code Class#method}, {@code Class#*} and {@code package.*} make those tests run once
 * on one thread, with the entry as the reason, and leave the others parallel. An inherited test
 * counts under the class that declares it and under the test class; a class's {@code Class#*}
 * covers its {@code @Nested} classes.
 */
class ListedTestMethodsTests {

  static final String OUTER = ListedTestCase.class.getName();
  static final String INNER = ListedTestCase.Inner.class.getName();
  static final String BASE = BaseTestCase.class.getName();
  static final String INHERITING = InheritingTestCase.class.getName();

  static final List<String> ran = new CopyOnWriteArrayList<>();

  @BeforeEach
  void reset() {
    ran.clear();
  }

  static void record(String test) {
    ran.add(test + " on " + Thread.currentThread().getName());
  }

  @Test
  void aListedTestMethodRunsOnceAndItsNeighbourInParallel() {
    JupiterRun run =
        runListing(ListedTestCase.class, "com.acme.Unrelated#listed, " + OUTER + "#listed");

    assertRanOnce(run, "listed", OUTER + "#listed");
    assertRanInParallel(run, "neighbour", "inNested", "alsoInNested");
  }

  @Test
  void everyTestOfAListedClassRunsOnceAlsoInItsNestedClasses() {
    JupiterRun run = runListing(ListedTestCase.class, OUTER + "#*");

    for (String test : List.of("listed", "neighbour", "inNested", "alsoInNested")) {
      assertRanOnce(run, test, OUTER + "#*");
    }
  }

  @Test
  void aNestedClassIsListedByItsBinaryNameAndItsEnclosingClassStaysParallel() {
    JupiterRun run = runListing(ListedTestCase.class, INNER + "#*");

    assertRanOnce(run, "inNested", INNER + "#*");
    assertRanOnce(run, "alsoInNested", INNER + "#*");
    assertRanInParallel(run, "listed", "neighbour");
  }

  @Test
  void aTestMethodOfANestedClassIsListedByItsBinaryName() {
    JupiterRun run = runListing(ListedTestCase.class, INNER + "#inNested");

    assertRanOnce(run, "inNested", INNER + "#inNested");
    assertRanInParallel(run, "listed", "neighbour", "alsoInNested");
  }

  @Test
  void everyTestOfAListedPackageAndItsSubPackagesRunsOnce() {
    JupiterRun run = runListing(ListedTestCase.class, "io.github.*");

    for (String test : List.of("listed", "neighbour", "inNested", "alsoInNested")) {
      assertRanOnce(run, test, "io.github.*");
    }
  }

  @Test
  void testsOfAnotherPackageStayParallel() {
    JupiterRun run = runListing(ListedTestCase.class, "io.github.parallelthreads.legacy.*");

    assertRanInParallel(run, "listed", "neighbour", "inNested", "alsoInNested");
  }

  @Test
  void anInheritedTestIsListedByTheClassThatDeclaresIt() {
    JupiterRun run = runListing(InheritingTestCase.class, BASE + "#*");

    assertRanOnce(run, "inherited", BASE + "#*");
    assertRanInParallel(run, "own");
  }

  @Test
  void anInheritedTestIsListedByTheTestClass() {
    JupiterRun run = runListing(InheritingTestCase.class, INHERITING + "#inherited");

    assertRanOnce(run, "inherited", INHERITING + "#inherited");
    assertRanInParallel(run, "own");
  }

  @Test
  void aListedTestIsSkippedWhenAskedWithTheEntryAsTheReason() {
    JupiterRun run =
        JupiterRun.of(
            ListedTestCase.class,
            "junit.parallel.threads",
            "4",
            "junit.parallel.thread-unsafe-methods",
            OUTER + "#listed",
            "junit.parallel.skip-thread-unsafe",
            "true");

    assertThat(run.skipReasonOf("listed("))
        .isEqualTo(
            "thread-unsafe, skipped because junit.parallel.skip-thread-unsafe=true:"
                + " listed in junit.parallel.thread-unsafe-methods as "
                + OUTER
                + "#listed");
    assertThat(ran).filteredOn(entry -> entry.startsWith("listed on ")).isEmpty();
    assertRanInParallel(run, "neighbour");
  }

  private static JupiterRun runListing(Class<?> testCase, String threadUnsafeMethods) {
    JupiterRun run =
        JupiterRun.of(
            testCase,
            "junit.parallel.threads",
            "4",
            "junit.parallel.thread-unsafe-methods",
            threadUnsafeMethods);
    run.results().testEvents().assertStatistics(stats -> stats.failed(0).skipped(0));
    return run;
  }

  private static void assertRanOnce(JupiterRun run, String test, String pattern) {
    assertThat(ran)
        .filteredOn(entry -> entry.startsWith(test + " on "))
        .containsExactly(test + " on " + Thread.currentThread().getName());
    assertThat(run.reportEntriesOf(test + "("))
        .as("report entries of %s", test)
        .containsEntry("parallel.threads", "1")
        .containsEntry(
            "parallel.thread-unsafe",
            "listed in junit.parallel.thread-unsafe-methods as " + pattern);
  }

  private static void assertRanInParallel(JupiterRun run, String... tests) {
    for (String test : tests) {
      assertThat(ran).filteredOn(entry -> entry.startsWith(test + " on ")).hasSize(4);
      assertThat(run.reportEntriesOf(test + "("))
          .as("report entries of %s", test)
          .containsEntry("parallel.threads", "4")
          .doesNotContainKey("parallel.thread-unsafe");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class ListedTestCase {
    @Test
    void listed() {
      record("listed");
    }

    @Test
    void neighbour() {
      record("neighbour");
    }

    @Nested
    class Inner {
      @Test
      void inNested() {
        record("inNested");
      }

      @Test
      void alsoInNested() {
        record("alsoInNested");
      }
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  abstract static class BaseTestCase {
    @Test
    void inherited() {
      record("inherited");
    }
  }

  static class InheritingTestCase extends BaseTestCase {
    @Test
    void own() {
      record("own");
    }
  }
}
