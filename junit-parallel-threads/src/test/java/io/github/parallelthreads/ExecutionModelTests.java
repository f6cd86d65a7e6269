package io.github.parallelthreads;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The body runs on N fresh threads, M iterations each, with JUnit's lifecycle run once. */
class ExecutionModelTests {

  static final Set<String> threadNames = ConcurrentHashMap.newKeySet();
  static final AtomicInteger bodies = new AtomicInteger();

  @BeforeEach
  void reset() {
    threadNames.clear();
    bodies.set(0);
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {2, 4, 16})
  void allThreadsAreInsideTheBodyAtOnce(int threads) {
    RendezvousTestCase.everyone = new CountDownLatch(threads);

    JupiterRun.of(RendezvousTestCase.class, "junit.parallel.threads", String.valueOf(threads))
        .assertCounts(1, 0);

    assertThat(bodies).hasValue(threads);
    assertThat(threadNames).hasSize(threads);
  }

  @Test
  void everyIterationStartsOnlyWhenAllThreadsFinishedThePreviousOne() {
    BarrierPerIterationTestCase.finished = new AtomicIntegerArray(5);
    BarrierPerIterationTestCase.gates =
        IntStream.range(0, 5).mapToObj(i -> new CountDownLatch(4)).toList();

    JupiterRun.of(BarrierPerIterationTestCase.class).assertCounts(1, 0);

    assertThat(bodies).hasValue(20);
    for (int iteration = 0; iteration < 5; iteration++) {
      assertThat(BarrierPerIterationTestCase.finished.get(iteration)).isEqualTo(4);
    }
  }

  @Test
  void lifecycleRunsOnceWhileTheBodyRunsOnEveryThreadInEveryIteration() {
    LifecycleTestCase.events.clear();

    JupiterRun.of(
            LifecycleTestCase.class,
            "junit.parallel.threads",
            "3",
            "junit.parallel.iterations",
            "2")
        .assertCounts(1, 0);

    assertThat(LifecycleTestCase.events)
        .containsExactly(
            "constructor",
            "beforeEach",
            "body",
            "body",
            "body",
            "body",
            "body",
            "body",
            "afterEach");
  }

  @Test
  void workersAreNamedAfterTheTestAndCarryTheTestThreadsContextClassLoader() {
    LifecycleTestCase.events.clear();
    JupiterRun.of(ContextClassLoaderTestCase.class, "junit.parallel.threads", "3")
        .assertCounts(1, 0);

    assertThat(threadNames)
        .containsExactlyInAnyOrder(
            "parallel-threads ContextClassLoaderTestCase body() [thread 0 of 3]",
            "parallel-threads ContextClassLoaderTestCase body() [thread 1 of 3]",
            "parallel-threads ContextClassLoaderTestCase body() [thread 2 of 3]");
    assertThat(ContextClassLoaderTestCase.seen)
        .hasSize(3)
        .containsOnly(ContextClassLoaderTestCase.custom);
  }

  @Test
  void workersTakeTheTestThreadsDaemonFlagPriorityClassLoaderAndInheritableThreadLocals()
      throws InterruptedException {
    LikeTheTestThreadTestCase.seen.clear();
    AtomicReference<JupiterRun> run = new AtomicReference<>();
    // JUnit runs the fixture on the thread that calls the engine: this one, not a daemon
    Thread testThread =
        new Thread(
            () -> {
              LikeTheTestThreadTestCase.inherited.set("set on the test thread");
              run.set(
                  JupiterRun.of(LikeTheTestThreadTestCase.class, "junit.parallel.threads", "3"));
            },
            "non-daemon test thread");
    testThread.setDaemon(false);
    testThread.setPriority(Thread.NORM_PRIORITY + 2);
    testThread.setContextClassLoader(new URLClassLoader(new URL[0]));
    testThread.start();
    testThread.join(120_000);

    assertThat(testThread.isAlive()).isFalse();
    run.get().assertCounts(1, 0);
    String expected =
        "daemon false, priority 7, the test thread's class loader, inheritable thread-local"
            + " 'set on the test thread', a thread it starts is a daemon: false";
    assertThat(LikeTheTestThreadTestCase.seen)
        .containsExactly(
            entry("non-daemon test thread", expected),
            entry("parallel-threads LikeTheTestThreadTestCase body() [thread 0 of 3]", expected),
            entry("parallel-threads LikeTheTestThreadTestCase body() [thread 1 of 3]", expected),
            entry("parallel-threads LikeTheTestThreadTestCase body() [thread 2 of 3]", expected));
  }

  @Test
  void everyTestGetsFreshWorkerThreads() {
    FreshThreadsTestCase.threads.clear();

    JupiterRun.of(FreshThreadsTestCase.class, "junit.parallel.threads", "2").assertCounts(2, 0);

    assertThat(FreshThreadsTestCase.threads).hasSize(4).doesNotHaveDuplicates();
  }

  @Test
  void parameterizedAndRepeatedTestsRunEachInvocationOnEveryThread() {
    TemplatesTestCase.arguments.clear();

    JupiterRun.of(TemplatesTestCase.class, "junit.parallel.threads", "4").assertCounts(5, 0);

    assertThat(TemplatesTestCase.arguments)
        .hasSize(12)
        .containsOnly("a", "b", "c")
        .filteredOn("a"::equals)
        .hasSize(4);
    assertThat(bodies).hasValue(8); // @RepeatedTest(2) x 4 threads
  }

  @Test
  void eachDynamicTestRunsOnEveryThread() {
    DynamicTestCase.contexts.clear();

    JupiterRun.of(DynamicTestCase.class, "junit.parallel.threads", "3").assertCounts(2, 0);

    assertThat(DynamicTestCase.contexts)
        .containsExactlyInAnyOrder(
            "first 0/3", "first 1/3", "first 2/3", "second 0/3", "second 1/3", "second 2/3");
  }

  @Test
  void nestedClassesInheritTheEnclosingClassAnnotations() {
    JupiterRun.of(OuterTestCase.class).assertCounts(2, 0);

    assertThat(threadNames)
        .hasSize(5)
        .anyMatch(name -> name.endsWith("outer() [thread 0 of 2]"))
        .anyMatch(name -> name.endsWith("inner() [thread 2 of 3]"));
  }

  @Test
  void testsInheritedFromInterfacesAndSuperclassesRunInParallel() {
    JupiterRun.of(InheritingTestCase.class, "junit.parallel.threads", "2").assertCounts(2, 0);

    assertThat(threadNames)
        .containsExactlyInAnyOrder(
            "parallel-threads InheritingTestCase fromInterface() [thread 0 of 2]",
            "parallel-threads InheritingTestCase fromInterface() [thread 1 of 2]",
            "parallel-threads InheritingTestCase fromSuperclass() [thread 0 of 2]",
            "parallel-threads InheritingTestCase fromSuperclass() [thread 1 of 2]");
  }

  @Test
  void registeringTheExtensionTwiceDoesNotMultiplyThreads() {
    JupiterRun.of(RegisteredTwiceTestCase.class).assertCounts(1, 0);

    assertThat(bodies).hasValue(3);
  }

  @Test
  void withOneThreadAndOneIterationTheBodyRunsOnJupitersOwnThread() {
    JupiterRun.of(RecordingTestCase.class).assertCounts(1, 0);

    assertThat(threadNames).containsExactly(Thread.currentThread().getName());
  }

  @Test
  void oneThreadWithSeveralIterationsRunsOnOneWorker() {
    JupiterRun.of(RecordingTestCase.class, "junit.parallel.iterations", "3").assertCounts(1, 0);

    assertThat(bodies).hasValue(3);
    assertThat(threadNames)
        .containsExactly("parallel-threads RecordingTestCase body() [thread 0 of 1]");
  }

  static void recordBody() {
    threadNames.add(Thread.currentThread().getName());
    bodies.incrementAndGet();
  }

  static void awaitAll(CountDownLatch latch) throws InterruptedException {
    latch.countDown();
    assertThat(latch.await(30, SECONDS)).as("every thread reached the rendezvous").isTrue();
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class RendezvousTestCase {
    static CountDownLatch everyone;

    @Test
    void body() throws InterruptedException {
      recordBody();
      awaitAll(everyone);
    }
  }

  static class BarrierPerIterationTestCase {
    static AtomicIntegerArray finished;
    static List<CountDownLatch> gates;

    @ParallelThreads(4)
    @Iterations(5)
    @Test
    void body(ParallelContext context) throws InterruptedException {
      int iteration = context.iterationIndex();
      if (iteration > 0) {
        assertThat(finished.get(iteration - 1)).isEqualTo(context.threadCount());
      }
      recordBody();
      awaitAll(gates.get(iteration)); // all four threads are in this iteration at once
      finished.incrementAndGet(iteration);
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class LifecycleTestCase {
    static final List<String> events = new CopyOnWriteArrayList<>();

    LifecycleTestCase() {
      events.add("constructor");
    }

    @BeforeEach
    void beforeEach() {
      events.add("beforeEach");
    }

    @Test
    void body() {
      events.add("body");
    }

    @AfterEach
    void afterEach() {
      events.add("afterEach");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class ContextClassLoaderTestCase {
    static final ClassLoader custom = new URLClassLoader(new URL[0]);
    static final List<ClassLoader> seen = new CopyOnWriteArrayList<>();
    private ClassLoader original;

    @BeforeEach
    void useCustomLoader() {
      seen.clear();
      original = Thread.currentThread().getContextClassLoader();
      Thread.currentThread().setContextClassLoader(custom);
    }

    @Test
    void body() {
      recordBody();
      seen.add(Thread.currentThread().getContextClassLoader());
    }

    @AfterEach
    void restoreLoader() {
      Thread.currentThread().setContextClassLoader(original);
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class LikeTheTestThreadTestCase {
    static final InheritableThreadLocal<String> inherited = new InheritableThreadLocal<>();
    static final Map<String, String> seen = new ConcurrentSkipListMap<>();
    private volatile ClassLoader testThreadsLoader;

    @BeforeEach
    void describeTheTestThread() {
      testThreadsLoader = Thread.currentThread().getContextClassLoader();
      describeCurrentThread();
    }

    @Test
    void body() {
      describeCurrentThread();
    }

    private void describeCurrentThread() {
      Thread current = Thread.currentThread();
      seen.put(
          current.getName(),
          "daemon "
              + current.isDaemon()
              + ", priority "
              + current.getPriority()
              + ", "
              + (current.getContextClassLoader() == testThreadsLoader
                  ? "the test thread's class loader"
                  : "class loader " + current.getContextClassLoader())
              + ", inheritable thread-local '"
              + inherited.get()
              + "', a thread it starts is a daemon: "
              + new Thread(() -> {}).isDaemon());
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class FreshThreadsTestCase {
    static final List<Thread> threads = new CopyOnWriteArrayList<>();

    @Test
    void first() {
      threads.add(Thread.currentThread());
    }

    @Test
    void second() {
      threads.add(Thread.currentThread());
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class TemplatesTestCase {
    static final List<String> arguments = new CopyOnWriteArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = {"a", "b", "c"})
    void parameterized(String argument) {
      arguments.add(argument);
    }

    @RepeatedTest(2)
    void repeated() {
      recordBody();
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class DynamicTestCase {
    static final List<String> contexts = new CopyOnWriteArrayList<>();

    @TestFactory
    Stream<DynamicTest> dynamicTests() {
      return Stream.of("first", "second")
          .map(name -> DynamicTest.dynamicTest(name, () -> record(name)));
    }

    private static void record(String name) {
      ParallelContext context = ParallelContext.current();
      contexts.add(name + " " + context.threadIndex() + "/" + context.threadCount());
    }
  }

  @ParallelThreads(2)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class OuterTestCase {
    @Test
    @Order(1)
    void outer() {
      recordBody();
    }

    @Nested
    class InnerTestCase {
      @ParallelThreads(3)
      @Test
      void inner() {
        recordBody();
      }
    }
  }

  interface InterfaceWithTest {
    @Test
    default void fromInterface() {
      recordBody();
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  abstract static class SuperclassWithTest {
    @Test
    void fromSuperclass() {
      recordBody();
    }
  }

  static class InheritingTestCase extends SuperclassWithTest implements InterfaceWithTest {}

  @ExtendWith(ParallelThreadsExtension.class)
  @ParallelThreads(3) // registers the extension a second time
  static class RegisteredTwiceTestCase {
    @ExtendWith(ParallelThreadsExtension.class)
    @Test
    void body() {
      recordBody();
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class RecordingTestCase {
    @Test
    void body() {
      recordBody();
    }
  }
}
