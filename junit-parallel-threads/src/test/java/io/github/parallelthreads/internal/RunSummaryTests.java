package io.github.parallelthreads.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.parallelthreads.Iterations;
import io.github.parallelthreads.ParallelThreads;
import io.github.parallelthreads.ThreadUnsafe;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The summary printed at the end of a run says what ran in parallel, and what did not and why. */
class RunSummaryTests {

  @Test
  void countsParallelTestsByShapeAndListsFailuresAndThreadUnsafeTestsByReason() {
    assertThat(summaryOf(MixedTestCase.class, "false"))
        .isEqualTo(
            "\njunit-parallel-threads summary\n"
                + "  3 tests ran in parallel: 2 on 4 threads x 1 iteration,"
                + " 1 on 4 threads x 3 iterations\n"
                + "  1 test failed in parallel\n"
                + "    1 test shares nothing through the test (look here first: the shared state is"
                + " in the code under test or in JVM-global state)\n"
                + "      RunSummaryTests$MixedTestCase > fails()\n"
                + "  1 test ran on one thread as thread-unsafe\n"
                + "    @ThreadUnsafe on method MixedTestCase#printsBanner(): replaces System.out"
                + " (overrides @ParallelThreads(4))\n"
                + "      RunSummaryTests$MixedTestCase > printsBanner()\n");
  }

  @Test
  void listsTestsSkippedAsThreadUnsafe() {
    assertThat(summaryOf(MixedTestCase.class, "true"))
        .endsWith(
            "  1 test skipped as thread-unsafe\n"
                + "    @ThreadUnsafe on method MixedTestCase#printsBanner(): replaces System.out"
                + " (overrides @ParallelThreads(4))\n"
                + "      RunSummaryTests$MixedTestCase > printsBanner()\n");
  }

  @Test
  void listsTestsThatChangedGlobalStateInParallel() {
    assertThat(summaryOf(ChangesStateTestCase.class, "false"))
        .isEqualTo(
            "\njunit-parallel-threads summary\n"
                + "  1 test ran in parallel: 1 on 2 threads x 1 iteration\n"
                + "  1 test changed JVM-global state while running in parallel\n"
                + "    changed system property parallel.summary.test while running on 2 threads:"
                + " probably thread-unsafe; mark it @ThreadUnsafe or list the method that makes"
                + " the change in junit.parallel.thread-unsafe-methods\n"
                + "      RunSummaryTests$ChangesStateTestCase > body()\n");
  }

  @Test
  void groupsFailedTestsByWhatTheyShareThroughTheTestAndEndsWithTheOneThreadValue() {
    assertThat(summaryOf(SharesStateTestCase.class, NothingSharedTestCase.class))
        .isEqualTo(
            "\njunit-parallel-threads summary\n"
                + "  5 tests ran in parallel: 5 on 2 threads x 1 iteration\n"
                + "  4 tests failed in parallel\n"
                + "    1 test shares nothing through the test (look here first: the shared state is"
                + " in the code under test or in JVM-global state)\n"
                + "      RunSummaryTests$NothingSharedTestCase > fails()\n"
                + "    2 tests share state through the test (the test's own race, unless what it"
                + " shares is meant to be used by several threads at once)\n"
                + "      RunSummaryTests$SharesStateTestCase > appends(): field"
                + " SharesStateTestCase.buffer (StringBuilder, set in @BeforeEach prepare())\n"
                + "      RunSummaryTests$SharesStateTestCase > counts(): static field"
                + " SharesStateTestCase.count (int, written by the threads)\n"
                + "    1 test says nothing of what the threads shared (one thread ran the body, or"
                + " the failure came outside it)\n"
                + "      RunSummaryTests$NothingSharedTestCase > failsAfterTheBody()\n"
                + "  To run the tests that share state through the test on one thread until they"
                + " are fixed:\n"
                + "    -Djunit.parallel.thread-unsafe-methods="
                + "io.github.parallelthreads.internal.RunSummaryTests$SharesStateTestCase#*\n");
  }

  @Test
  void saysNothingWhenNothingRanInParallel() {
    assertThat(summaryOf(PlainTestCase.class, "false")).isEmpty();
  }

  private static String summaryOf(Class<?> testClass, String skipThreadUnsafe) {
    return summaryOf(skipThreadUnsafe, testClass);
  }

  private static String summaryOf(Class<?>... testClasses) {
    return summaryOf("false", testClasses);
  }

  private static String summaryOf(String skipThreadUnsafe, Class<?>... testClasses) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    LauncherFactory.create()
        .execute(
            LauncherDiscoveryRequestBuilder.request()
                .selectors(Stream.of(testClasses).map(type -> selectClass(type)).toList())
                .configurationParameter("junit.parallel.skip-thread-unsafe", skipThreadUnsafe)
                .build(),
            new RunSummary(out));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @ParallelThreads(4)
  static class MixedTestCase {
    @Test
    void passes() {}

    @Test
    void fails() {
      throw new IllegalStateException("fails on every thread");
    }

    @Iterations(3)
    @Test
    void iterates() {}

    @ThreadUnsafe(reason = "replaces System.out")
    @Test
    void printsBanner() {}
  }

  @ParallelThreads(2)
  static class ChangesStateTestCase {
    @Test
    void body() {
      System.getProperties().setProperty("parallel.summary.test", "changed");
    }

    @org.junit.jupiter.api.AfterEach
    void restore() {
      // not System.clearProperty: calling a known mutator would make the test thread-unsafe
      System.getProperties().remove("parallel.summary.test");
    }
  }

  @ParallelThreads(2)
  @TestMethodOrder(MethodOrderer.MethodName.class)
  static class SharesStateTestCase {
    static int count;
    private StringBuilder buffer;

    @BeforeEach
    void prepare() {
      buffer = new StringBuilder();
    }

    @Test
    void appends() {
      buffer.append("x");
      throw new IllegalStateException("fails on every thread");
    }

    @Test
    void counts() {
      count++;
      throw new IllegalStateException("fails on every thread");
    }

    @Test
    void passes() {}
  }

  @ParallelThreads(2)
  @TestMethodOrder(MethodOrderer.MethodName.class)
  static class NothingSharedTestCase {
    @Test
    void fails() {
      throw new IllegalStateException("fails on every thread");
    }

    @Test
    void failsAfterTheBody() {}

    @AfterEach
    void failAfterTheSecond(TestInfo test) {
      if (test.getDisplayName().startsWith("failsAfterTheBody")) {
        throw new IllegalStateException("fails after the body");
      }
    }
  }

  static class PlainTestCase {
    @Test
    void body() {}
  }
}
