package io.github.parallelthreads.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.parallelthreads.Iterations;
import io.github.parallelthreads.ParallelContext;
import io.github.parallelthreads.ParallelThreads;
import io.github.parallelthreads.ThreadUnsafe;
import io.github.parallelthreads.internal.execution.AbandonedWorkers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
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
                + "    1 test: @ThreadUnsafe on method MixedTestCase#printsBanner():"
                + " replaces System.out (overrides @ParallelThreads(4))\n"
                + "      RunSummaryTests$MixedTestCase > printsBanner()\n");
  }

  @Test
  void countsTheTestsOfEveryOneThreadReasonLargestFirstAndNamesOnlyTheFirstFew() {
    String outer = CountedTestCase.class.getName();
    assertThat(summaryOf(CountedTestCase.class, "false"))
        .isEqualTo(
            "\njunit-parallel-threads summary\n"
                + "  0 tests ran in parallel\n"
                + "  10 tests ran on one thread as thread-unsafe\n"
                + "    7 tests: @ThreadUnsafe on class "
                + outer
                + "$WritesReport: writes report.txt (overrides @ParallelThreads(4))\n"
                + "      RunSummaryTests$CountedTestCase > WritesReport > test1()\n"
                + "      RunSummaryTests$CountedTestCase > WritesReport > test2()\n"
                + "      RunSummaryTests$CountedTestCase > WritesReport > test3()\n"
                + "      RunSummaryTests$CountedTestCase > WritesReport > test4()\n"
                + "      RunSummaryTests$CountedTestCase > WritesReport > test5()\n"
                + "      ... and 2 more\n"
                + "    2 tests: @ThreadUnsafe on class "
                + outer
                + "$ReadsInput: reads System.in (overrides @ParallelThreads(4))\n"
                + "      RunSummaryTests$CountedTestCase > ReadsInput > test1()\n"
                + "      RunSummaryTests$CountedTestCase > ReadsInput > test2()\n"
                + "    1 test: @ThreadUnsafe on method CountedTestCase#printsBanner():"
                + " replaces System.out (overrides @ParallelThreads(4))\n"
                + "      RunSummaryTests$CountedTestCase > printsBanner()\n");
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
  void aSkipOfTheUsersOwnIsNotCountedAsThreadUnsafeWhateverItsWording() {
    assertThat(summaryOf(DisabledByTheUserTestCase.class, "true"))
        .isEqualTo(
            "\njunit-parallel-threads summary\n"
                + "  1 test ran in parallel: 1 on 2 threads x 1 iteration\n");
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
  void namesEachClassFileDetectionCouldNotReadOnce() {
    Class<?> copy =
        new UnreadableClassFileLoader(RunSummaryTests.class, UnreadableHelper.class)
            .copyOf(CallsAnUnreadableHelperTestCase.class);

    assertThat(summaryOf(copy, "false"))
        .isEqualTo(
            "\njunit-parallel-threads summary\n"
                + "  2 tests ran in parallel: 2 on 2 threads x 1 iteration\n"
                + "  1 class file could not be read, so detection did not check the calls made"
                + " there\n"
                + "    could not read the class file of"
                + " io.github.parallelthreads.internal.RunSummaryTests$UnreadableHelper:"
                + " java.lang.IllegalArgumentException: Unsupported class file version 200.0\n"
                + "      RunSummaryTests$CallsAnUnreadableHelperTestCase > first()\n");
  }

  @Test
  void namesTheAbandonedWorkersStillRunningAndTheCpuTheyTook() {
    LoopingTestCase.looping = true;
    String summary;
    try {
      summary =
          assertTimeoutPreemptively(
              Duration.ofSeconds(90),
              () -> summaryOf(LoopingTestCase.class, "false", "junit.parallel.timeout", "10m"));
    } finally {
      LoopingTestCase.looping = false;
    }

    String duration = "\\d+(ms|\\.\\ds)";
    String line =
        "    '"
            + Pattern.quote("parallel-threads LoopingTestCase ")
            + "%s"
            + Pattern.quote("(ParallelContext) [thread 0 of 2]")
            + "': "
            + duration
            + " of CPU in the "
            + duration
            + " since it was abandoned when it was found looping on the CPU\n";
    assertThat(summary)
        .containsPattern(
            "\n  2 abandoned worker threads are still running \\(Java cannot stop a thread\\), and"
                + " have taken "
                + duration
                + " of CPU from the rest of the run\n"
                + String.format(line, "loops")
                + String.format(line, "loopsAgain"));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                AbandonedWorkers.stillRunningSince(0).stream()
                    .noneMatch(worker -> worker.name().contains("LoopingTestCase")));
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
  void namesTheSeedOfBrutalModeAndHowToRerunWithIt() {
    // how many of the library's test classes are loaded, and so instrumented, depends on which
    // tests ran before
    assertThat(
            summaryOf(
                PlainParallelTestCase.class,
                "false",
                "junit.parallel.perturb",
                "on",
                "junit.parallel.perturb.seed",
                "-42"))
        .matches(
            Pattern.quote(
                    "\njunit-parallel-threads summary\n"
                        + "  1 test ran in parallel: 1 on 2 threads x 1 iteration\n"
                        + "  perturbation on, seed -42 (")
                + "\\d+ class(es)?"
                + Pattern.quote(
                    " with noise points): rerun with -Djunit.parallel.perturb.seed=-42 to make"
                        + " the same random choices\n"));
  }

  @Test
  void saysNothingWhenNothingRanInParallel() {
    assertThat(summaryOf(PlainTestCase.class, "false")).isEmpty();
  }

  private static String summaryOf(
      Class<?> testClass, String skipThreadUnsafe, String... moreConfiguration) {
    return summaryOf(List.of(testClass), skipThreadUnsafe, moreConfiguration);
  }

  private static String summaryOf(Class<?>... testClasses) {
    return summaryOf(List.of(testClasses), "false");
  }

  private static String summaryOf(
      List<Class<?>> testClasses, String skipThreadUnsafe, String... moreConfiguration) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    LauncherDiscoveryRequestBuilder request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(testClasses.stream().map(type -> selectClass(type)).toList())
            .configurationParameter("junit.parallel.skip-thread-unsafe", skipThreadUnsafe);
    for (int i = 0; i < moreConfiguration.length; i += 2) {
      request.configurationParameter(moreConfiguration[i], moreConfiguration[i + 1]);
    }
    LauncherFactory.create().execute(request.build(), new RunSummary(out));
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

  @ParallelThreads(4)
  static class CountedTestCase {
    @ThreadUnsafe(reason = "replaces System.out")
    @Test
    void printsBanner() {}

    @Nested
    @ThreadUnsafe(reason = "writes report.txt")
    @TestMethodOrder(MethodOrderer.MethodName.class)
    class WritesReport {
      @Test
      void test1() {}

      @Test
      void test2() {}

      @Test
      void test3() {}

      @Test
      void test4() {}

      @Test
      void test5() {}

      @Test
      void test6() {}

      @Test
      void test7() {}
    }

    @Nested
    @ThreadUnsafe(reason = "reads System.in")
    @TestMethodOrder(MethodOrderer.MethodName.class)
    class ReadsInput {
      @Test
      void test1() {}

      @Test
      void test2() {}
    }
  }

  @ParallelThreads(2)
  static class DisabledByTheUserTestCase {
    @Test
    void runs() {}

    @Disabled("thread-unsafe, skipped because it hangs on the build machine")
    @Test
    void disabled() {}
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
  static class CallsAnUnreadableHelperTestCase {
    @Test
    void first() {
      UnreadableHelper.work();
    }

    @Test
    void second() {
      UnreadableHelper.work();
    }
  }

  /** Its class file is served as one no ASM reads. */
  static class UnreadableHelper {
    static void work() {}
  }

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class LoopingTestCase {
    static volatile boolean looping;

    @ParallelThreads(2)
    @Test
    @Order(1)
    void loops(ParallelContext context) {
      loopOnThreadZero(context);
    }

    @ParallelThreads(2)
    @Test
    @Order(2)
    void loopsAgain(ParallelContext context) {
      loopOnThreadZero(context);
    }

    private static void loopOnThreadZero(ParallelContext context) {
      while (context.threadIndex() == 0 && looping) {
        // ignores interrupts until the test ends the loop, as a thread in a corrupted map does
      }
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

  @ParallelThreads(2)
  static class PlainParallelTestCase {
    @Test
    void body() {}
  }

  static class PlainTestCase {
    @Test
    void body() {}
  }
}
