package io.github.parallelthreads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.opentest4j.MultipleFailuresError;
import org.opentest4j.TestAbortedException;

/**
 * {@link BeforeEachThread} and {@link AfterEachThread}: where, in which order and on which thread
 * they run, what a failure of one does to its thread and to the others, and the declarations they
 * refuse.
 */
class PerThreadHooksTests {

  /** What ran, as "thread name: event", in the order it happened. */
  static final Queue<String> events = new ConcurrentLinkedQueue<>();

  static final AtomicInteger setUpsDone = new AtomicInteger();

  @BeforeEach
  void reset() {
    events.clear();
    setUpsDone.set(0);
  }

  static void log(String event) {
    events.add(Thread.currentThread().getName() + ": " + event);
  }

  /** The events of each thread, in order, by thread name. */
  static Map<String, List<String>> byThread() {
    Map<String, List<String>> threads = new LinkedHashMap<>();
    for (String event : events) {
      int colon = event.indexOf(": ");
      threads
          .computeIfAbsent(event.substring(0, colon), key -> new ArrayList<>())
          .add(event.substring(colon + 2));
    }
    return threads;
  }

  /** Runs a fixture whose one test, {@code body}, fails, and returns the failure. */
  static Throwable failureOfTheOneTest(Class<?> testCase, String... configuration) {
    return JupiterRun.of(testCase, configuration).assertCounts(0, 1).failureOf("body(");
  }

  @Test
  void everyWorkerRunsItsSetUpBeforeItsIterationsAndItsTearDownAfterThemOnItsOwnThread() {
    JupiterRun.of(
            OrderTestCase.class, "junit.parallel.threads", "4", "junit.parallel.iterations", "3")
        .assertCounts(1, 0);

    Map<String, List<String>> threads = byThread();
    List<String> junitThread = new ArrayList<>();
    threads.forEach(
        (name, happened) -> {
          if (!name.startsWith("parallel-threads")) {
            junitThread.addAll(happened);
            return;
          }
          int index = Integer.parseInt(name.replaceAll(".*\\[thread (\\d+) of 4]$", "$1"));
          assertThat(happened)
              .as("events of %s", name)
              .containsExactly(
                  "set-up: thread " + index + " of 4, iteration 0 of 3, test body(ParallelContext)",
                  "body: thread " + index + " of 4, iteration 0 of 3, set-ups done 4",
                  "body: thread " + index + " of 4, iteration 1 of 3, set-ups done 4",
                  "body: thread " + index + " of 4, iteration 2 of 3, set-ups done 4",
                  "tear-down: thread " + index + " of 4, iteration 2 of 3");
        });
    assertThat(threads).hasSize(5);
    assertThat(junitThread).containsExactly("@BeforeEach", "@AfterEach");
  }

  @Test
  void aSetUpThatFailsOnOneThreadOfFourFailsThatThreadOnlyAndLeavesNoOtherWaiting() {
    Throwable failure =
        JupiterRun.of(
                FailingSetUpTestCase.class,
                "junit.parallel.threads",
                "4",
                "junit.parallel.iterations",
                "3",
                "junit.parallel.timeout",
                "60s") // bounds a regression; the run itself takes milliseconds
            .assertCounts(0, 1)
            .failureOf("body(");

    assertThat(failure)
        .isInstanceOf(MultipleFailuresError.class)
        .hasMessageStartingWith(
            "1 of 4 threads failed in @BeforeEachThread (1 distinct failure)\n"
                + "  [1] java.lang.IllegalStateException: no connection for thread 2\n"
                + "      in @BeforeEachThread method OpensConnection#open(ParallelContext)\n"
                + "      at io.github.parallelthreads.PerThreadHooksTests$OpensConnection.open(")
        .hasMessageContaining("      once: thread 2\n")
        .hasMessageEndingWith(
            "\nOnly per-thread hooks failed, not the body; a thread whose @BeforeEachThread"
                + " failed ran no iteration. A hook that fails on some threads but not others"
                + " points to a race or a limit in what it sets up: state the threads share, a"
                + " pool smaller than the thread count.")
        .hasMessageNotContaining("still running");
    assertThat(((MultipleFailuresError) failure).getFailures())
        .singleElement()
        .satisfies(
            setUpFailure ->
                assertThat(setUpFailure)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("no connection for thread 2"));
    Map<String, List<String>> threads = byThread();
    assertThat(threads).hasSize(4);
    threads.forEach(
        (name, happened) -> {
          if (name.endsWith("[thread 2 of 4]")) {
            // no iteration, its later set-up skipped, its tear-down run
            assertThat(happened).containsExactly("set-up failed", "tear-down");
          } else {
            assertThat(happened)
                .containsExactly("set-up", "second set-up", "body", "body", "body", "tear-down");
          }
        });
  }

  @Test
  void tearDownsRunAfterAFailedIterationAndAFailedTearDownIsNamedAsSuch() {
    Throwable failure =
        failureOfTheOneTest(
            FailingIterationTestCase.class,
            "junit.parallel.threads",
            "3",
            "junit.parallel.iterations",
            "3");

    assertThat(failure)
        .hasMessageStartingWith(
            "2 of 3 threads failed in iteration 1 of 3 and in @AfterEachThread"
                + " (2 distinct failures)\n"
                + "  [1] java.lang.IllegalStateException: thread 0 fails in iteration 1\n"
                + "      at io.github.parallelthreads.PerThreadHooksTests$FailingIterationTestCase"
                + ".body(")
        .hasMessageContaining(
            "      once: thread 0 (iteration 1)\n"
                + "  [2] java.lang.IllegalStateException: thread 1 cannot close\n"
                + "      in @AfterEachThread method FailingIterationTestCase#close(ParallelContext)\n"
                + "      at io.github.parallelthreads.PerThreadHooksTests$FailingIterationTestCase"
                + ".close(")
        .hasMessageContaining("      once: thread 1\n");
    // every thread ran every iteration, the failed one included, then its tear-down
    byThread()
        .values()
        .forEach(happened -> assertThat(happened).containsExactly("body", "body", "body", "close"));
  }

  @Test
  void onOneThreadTheHooksRunOnceOnJUnitsThreadJustAroundTheBody() {
    JupiterRun.of(OneThreadTestCase.class).assertCounts(2, 0);

    String junitThread = Thread.currentThread().getName();
    assertThat(events)
        .containsExactly(
            junitThread + ": @BeforeEach",
            junitThread + ": set-up: thread 0 of 1, iteration 0 of 1",
            junitThread + ": body",
            junitThread + ": tear-down: thread 0 of 1, iteration 0 of 1",
            junitThread + ": @AfterEach",
            // thread-unsafe overrides @ParallelThreads(4): one thread, on JUnit's thread
            junitThread + ": @BeforeEach",
            junitThread + ": set-up: thread 0 of 1, iteration 0 of 1",
            junitThread + ": thread-unsafe body",
            junitThread + ": tear-down: thread 0 of 1, iteration 0 of 1",
            junitThread + ": @AfterEach");
  }

  @Test
  void onOneThreadAFailedSetUpSkipsTheBodyRunsTheTearDownAndIsTheTestsFailure() {
    Throwable failure = failureOfTheOneTest(OneThreadFailingSetUpTestCase.class);

    assertThat(failure).isInstanceOf(IllegalStateException.class).hasMessage("no connection");
    assertThat(failure.getSuppressed())
        .singleElement()
        .satisfies(tearDown -> assertThat(tearDown).hasMessage("nothing to close"));
    assertThat(byThread().values())
        .singleElement()
        .isEqualTo(List.of("set-up failed", "tear-down failed", "@AfterEach"));
  }

  @Test
  void onOneThreadATearDownFailureIsNotHiddenByAnAbortedBody() {
    Throwable failure = failureOfTheOneTest(OneThreadAbortedBodyTestCase.class);

    assertThat(failure).isInstanceOf(IllegalStateException.class).hasMessage("cannot close");
    assertThat(failure.getSuppressed()).singleElement().isInstanceOf(TestAbortedException.class);
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class OneThreadAbortedBodyTestCase {

    @Test
    void body() {
      Assumptions.assumeTrue(false, "not here");
    }

    @AfterEachThread
    void close() {
      throw new IllegalStateException("cannot close");
    }
  }

  @Test
  void setUpsRunSuperclassFirstAndTearDownsSubclassFirstWithAnOverriddenMethodOnce() {
    JupiterRun.of(SubclassTestCase.class, "junit.parallel.threads", "2").assertCounts(1, 0);

    byThread()
        .values()
        .forEach(
            happened ->
                assertThat(happened)
                    .containsExactly(
                        "superclass set-up",
                        "interface set-up",
                        "overridden set-up, in the subclass",
                        "body",
                        "subclass tear-down",
                        "interface tear-down",
                        "superclass tear-down"));
  }

  @Test
  void aNestedTestRunsTheEnclosingClassesSetUpsFirstAndItsOwnTearDownsFirst() {
    JupiterRun.of(OuterTestCase.class, "junit.parallel.threads", "2").assertCounts(1, 0);

    assertThat(byThread().values())
        .hasSize(2)
        .allSatisfy(
            happened ->
                assertThat(happened)
                    .containsExactly(
                        "outer set-up",
                        "inner set-up",
                        "body",
                        "inner tear-down",
                        "outer tear-down"));
  }

  @Test
  void everyInvocationOfATestTemplateAndEveryDynamicTestHasItsOwnWorkersAndHooks() {
    JupiterRun.of(TemplateAndDynamicTestCase.class, "junit.parallel.threads", "3")
        .assertCounts(4, 0);

    List<String> setUps = events.stream().filter(event -> event.endsWith(": set-up")).toList();
    // 2 repetitions and 2 dynamic tests, each on 3 new workers
    assertThat(setUps).hasSize(12);
    assertThat(byThread())
        .hasSize(12)
        .allSatisfy(
            (name, happened) ->
                assertThat(happened).containsExactly("set-up", "body", "tear-down"));
  }

  @Test
  void aStaticHookFailsTheTestNamingTheMethodAndTheFix() {
    Throwable failure =
        failureOfTheOneTest(StaticHookTestCase.class, "junit.parallel.threads", "2");

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@BeforeEachThread method StaticHookTestCase#open() is static: per-thread hooks run on"
                + " the test instance, as @BeforeEach and @AfterEach methods do; remove static");
  }

  @Test
  void aHookThatReturnsAValueFailsTheTestNamingTheMethodAndTheFix() {
    Throwable failure = failureOfTheOneTest(ReturningHookTestCase.class);

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@AfterEachThread method ReturningHookTestCase#close() returns boolean: per-thread"
                + " hooks must return void, JUnit would not see what it returns; make it void");
  }

  @Test
  void aHookParameterThatCannotBeResolvedFailsTheTestNamingItAndWhatIsAllowed() {
    Throwable failure =
        failureOfTheOneTest(UnresolvableParameterTestCase.class, "junit.parallel.threads", "2");

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@BeforeEachThread method UnresolvableParameterTestCase#open(ParallelContext,"
                + " ThreadComparator) declares parameter [io.github.parallelthreads.ThreadComparator"
                + " arg1], which cannot be resolved: a per-thread hook may declare parameters of"
                + " type ParallelContext and TestInfo only; prepare anything else in @BeforeEach"
                + " or in the hook itself");
    assertThat(events).as("nothing ran").isEmpty();
  }

  @Test
  void aSetUpThatHangsIsEndedByTheTimeoutWithItsStack() {
    Throwable failure =
        failureOfTheOneTest(
            HangingSetUpTestCase.class,
            "junit.parallel.threads",
            "2",
            "junit.parallel.timeout",
            "300ms");

    assertThat(failure)
        .hasMessageContaining(
            "WorkerStillRunningException: worker thread 'parallel-threads HangingSetUpTestCase"
                + " body() [thread 1 of 2]' was still running when the parallel run exceeded"
                + " junit.parallel.timeout (300ms)")
        .hasMessageContaining(
            "at io.github.parallelthreads.PerThreadHooksTests$HangingSetUpTestCase.open(");
    // interrupted, the set-up ended, and its tear-down ran
    assertThat(events)
        .contains("parallel-threads HangingSetUpTestCase body() [thread 1 of 2]: tear-down");
  }

  @Test
  void aSetUpThatReplacesSystemOutMakesTheTestThreadUnsafe() {
    JupiterRun run =
        JupiterRun.of(ReplacesSystemOutTestCase.class, "junit.parallel.threads", "4")
            .assertCounts(1, 0);

    assertThat(run.reportEntriesOf("body("))
        .containsEntry("parallel.threads", "1")
        .containsEntry(
            "parallel.thread-unsafe",
            "calls System.setOut (changes JVM-global state) from"
                + " ReplacesSystemOutTestCase#captureOutput()");
    assertThat(byThread().values()).singleElement().isEqualTo(List.of("set-up", "body"));
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class ReplacesSystemOutTestCase {

    @BeforeEachThread
    void captureOutput() {
      System.setOut(System.out); // as a capture would, on every thread
      log("set-up");
    }

    @Test
    void body() {
      log("body");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class OrderTestCase {

    @BeforeEach
    void beforeEach() {
      log("@BeforeEach");
    }

    @BeforeEachThread
    void setUp(ParallelContext context, TestInfo testInfo) {
      assertThat(ParallelContext.current()).isEqualTo(context);
      log("set-up: " + context + ", test " + testInfo.getDisplayName());
      setUpsDone.incrementAndGet();
    }

    @Test
    void body(ParallelContext context) {
      log("body: " + context + ", set-ups done " + setUpsDone.get());
    }

    @AfterEachThread
    void tearDown(ParallelContext context) {
      log("tear-down: " + context);
    }

    @AfterEach
    void afterEach() {
      log("@AfterEach");
    }
  }

  /** A superclass, so that its set-up runs before the subclass's, in a known order. */
  static class OpensConnection {

    @BeforeEachThread
    void open(ParallelContext context) {
      if (context.threadIndex() == 2) {
        log("set-up failed");
        throw new IllegalStateException("no connection for thread 2");
      }
      log("set-up");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class FailingSetUpTestCase extends OpensConnection {

    @BeforeEachThread
    void openSecond() {
      log("second set-up");
    }

    @Test
    void body(ThreadComparator comparator) {
      log("body");
      comparator.check("reached", true); // thread 2 never reaches it, and nobody waits for it
    }

    @AfterEachThread
    void close() {
      log("tear-down");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class FailingIterationTestCase {

    @Test
    void body(ParallelContext context) {
      log("body");
      if (context.threadIndex() == 0 && context.iterationIndex() == 1) {
        throw new IllegalStateException("thread 0 fails in iteration 1");
      }
    }

    @AfterEachThread
    void close(ParallelContext context) {
      log("close");
      if (context.threadIndex() == 1) {
        throw new IllegalStateException("thread 1 cannot close");
      }
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  @TestMethodOrder(MethodOrderer.MethodName.class)
  static class OneThreadTestCase {

    @BeforeEach
    void beforeEach() {
      log("@BeforeEach");
    }

    @BeforeEachThread
    void setUp(ParallelContext context) {
      log("set-up: " + context);
    }

    @Test
    void body() {
      log("body");
    }

    @ThreadUnsafe(reason = "for the test")
    @ParallelThreads(4)
    @Test
    void threadUnsafeBody() {
      log("thread-unsafe body");
    }

    @AfterEachThread
    void tearDown(ParallelContext context) {
      log("tear-down: " + context);
    }

    @AfterEach
    void afterEach() {
      log("@AfterEach");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class OneThreadFailingSetUpTestCase {

    @BeforeEachThread
    void open() {
      log("set-up failed");
      throw new IllegalStateException("no connection");
    }

    @Test
    void body() {
      log("body");
    }

    @AfterEachThread
    void close() {
      log("tear-down failed");
      throw new IllegalStateException("nothing to close");
    }

    @AfterEach
    void afterEach() {
      log("@AfterEach");
    }
  }

  static class SuperclassTestCase {

    @BeforeEachThread
    void superclassSetUp() {
      log("superclass set-up");
    }

    @BeforeEachThread
    void overriddenSetUp() {
      log("overridden set-up, in the superclass");
    }

    @AfterEachThread
    void superclassTearDown() {
      log("superclass tear-down");
    }
  }

  interface HooksInterface {

    @BeforeEachThread
    default void interfaceSetUp() {
      log("interface set-up");
    }

    @AfterEachThread
    default void interfaceTearDown() {
      log("interface tear-down");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class SubclassTestCase extends SuperclassTestCase implements HooksInterface {

    @BeforeEachThread
    @Override
    void overriddenSetUp() {
      log("overridden set-up, in the subclass");
    }

    @Test
    void body() {
      log("body");
    }

    @AfterEachThread
    void subclassTearDown() {
      log("subclass tear-down");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class OuterTestCase {

    @BeforeEachThread
    void outerSetUp() {
      log("outer set-up");
    }

    @AfterEachThread
    void outerTearDown() {
      log("outer tear-down");
    }

    @Nested
    class Inner {

      @BeforeEachThread
      void innerSetUp() {
        log("inner set-up");
      }

      @Test
      void body() {
        log("body");
      }

      @AfterEachThread
      void innerTearDown() {
        log("inner tear-down");
      }
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class TemplateAndDynamicTestCase {

    @BeforeEachThread
    void setUp() {
      log("set-up");
    }

    @RepeatedTest(2)
    void repeated() {
      log("body");
    }

    @TestFactory
    Stream<DynamicTest> dynamic() {
      return Stream.of(
          dynamicTest("first", () -> log("body")), dynamicTest("second", () -> log("body")));
    }

    @AfterEachThread
    void tearDown() {
      log("tear-down");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class StaticHookTestCase {

    @BeforeEachThread
    static void open() {}

    @Test
    void body() {}
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class ReturningHookTestCase {

    @Test
    void body() {}

    @AfterEachThread
    boolean close() {
      return true;
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class UnresolvableParameterTestCase {

    @BeforeEachThread
    void open(ParallelContext context, ThreadComparator comparator) {
      log("set-up");
    }

    @Test
    void body() {
      log("body");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class HangingSetUpTestCase {

    @BeforeEachThread
    void open(ParallelContext context) throws InterruptedException {
      if (context.threadIndex() == 1) {
        new java.util.concurrent.CountDownLatch(1).await(); // never opens: the timeout ends it
      }
    }

    @Test
    void body() {}

    @AfterEachThread
    void close() {
      log("tear-down");
    }
  }
}
