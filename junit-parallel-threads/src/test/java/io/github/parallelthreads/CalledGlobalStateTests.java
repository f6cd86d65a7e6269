package io.github.parallelthreads;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parallelthreads.legacy.LegacyRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test whose code calls a global-state mutator, a listed method or a {@code @ThreadUnsafe}
 * method, itself or up to two levels down, runs once on JUnit's thread and says which call, and
 * from where; its neighbours, and code that only reads global state, stay parallel.
 */
class CalledGlobalStateTests {

  static final String PROPERTY = "parallel.called.by.test";
  static final String LOGGER = "parallel.called.by.test";

  static final List<String> ran = new CopyOnWriteArrayList<>();

  private PrintStream out;
  private PrintStream err;
  private Locale locale;
  private Thread.UncaughtExceptionHandler handler;

  @BeforeEach
  void rememberGlobalState() {
    ran.clear();
    out = System.out;
    err = System.err;
    locale = Locale.getDefault();
    handler = Thread.getDefaultUncaughtExceptionHandler();
  }

  @AfterEach
  void fixturesRestoredGlobalState() {
    assertThat(System.out).isSameAs(out);
    assertThat(System.err).isSameAs(err);
    assertThat(Locale.getDefault()).isEqualTo(locale);
    assertThat(Thread.getDefaultUncaughtExceptionHandler()).isSameAs(handler);
    assertThat(System.getProperty(PROPERTY)).isNull();
    assertThat(Logger.getLogger(LOGGER).getHandlers()).isEmpty();
  }

  static void record(String test) {
    ran.add(test + " on " + Thread.currentThread().getName());
  }

  /** The test ran once, on JUnit's thread, and its report entries give the reason. */
  private static void assertRanOnce(JupiterRun run, String test, String reason) {
    assertThat(ran)
        .filteredOn(entry -> entry.startsWith(test + " on "))
        .containsExactly(test + " on " + Thread.currentThread().getName());
    assertThat(run.reportEntriesOf(test + "("))
        .containsEntry("parallel.threads", "1")
        .containsEntry("parallel.thread-unsafe", reason);
  }

  private static void assertRanOnFourThreads(JupiterRun run, String test) {
    assertThat(ran)
        .filteredOn(entry -> entry.startsWith(test + " on "))
        .hasSize(4)
        .noneMatch(entry -> entry.endsWith(" on " + Thread.currentThread().getName()));
    assertThat(run.reportEntriesOf(test + "("))
        .containsEntry("parallel.threads", "4")
        .doesNotContainKey("parallel.thread-unsafe");
  }

  private static JupiterRun runOnFourThreads(Class<?> testCase, String... configuration) {
    String[] parameters = new String[configuration.length + 2];
    parameters[0] = "junit.parallel.threads";
    parameters[1] = "4";
    System.arraycopy(configuration, 0, parameters, 2, configuration.length);
    return JupiterRun.of(testCase, parameters);
  }

  @Test
  void aTestThatReplacesSystemOutRunsOnceWhileItsNeighbourRunsInParallel() {
    JupiterRun run = runOnFourThreads(SetsSystemOutTestCase.class).assertCounts(2, 0);

    assertRanOnce(
        run,
        "replacesSystemOut",
        "calls System.setOut (changes JVM-global state) from"
            + " SetsSystemOutTestCase#replacesSystemOut()");
    assertRanOnFourThreads(run, "neighbour");
  }

  @Test
  void callsAreFollowedTwoLevelsDownAndNoFurther() {
    JupiterRun run = runOnFourThreads(HelperChainTestCase.class).assertCounts(4, 0);

    assertRanOnce(
        run,
        "oneLevelDown",
        "calls Locale.setDefault (changes JVM-global state) from"
            + " HelperChainTestCase#oneLevelDown() -> Hops#three()");
    assertRanOnce(
        run,
        "twoLevelsDown",
        "calls Locale.setDefault (changes JVM-global state) from"
            + " HelperChainTestCase#twoLevelsDown() -> Hops#two() -> Hops#three()");
    // the depth limit: the body of a method three calls away is not read
    assertRanOnFourThreads(run, "threeLevelsDown");
    assertRanOnFourThreads(run, "neighbour");
  }

  @Test
  void theNearestCallIsReportedEvenWhenADeeperOneComesFirst() {
    JupiterRun run = runOnFourThreads(NearestCallTestCase.class).assertCounts(2, 0);

    assertRanOnce(
        run,
        "setsAPropertyAfterCallingAHelper",
        "calls System.setProperty (changes JVM-global state) from"
            + " NearestCallTestCase#setsAPropertyAfterCallingAHelper()");
    assertRanOnFourThreads(run, "neighbour");
  }

  @Test
  void aBeforeEachMethodThatReplacesSystemErrMakesTheTestsAroundWhichItRunsThreadUnsafe() {
    JupiterRun run = runOnFourThreads(BeforeEachTestCase.class).assertCounts(2, 0);

    assertRanOnce(
        run,
        "writesToErr",
        "calls System.setErr (changes JVM-global state) from CapturesSystemErr#captureErr()");
    assertRanOnFourThreads(run, "neighbour");
  }

  @Test
  void aCallInsideALambdaCountsAsACallOfTheMethodThatDefinesTheLambda() {
    JupiterRun run = runOnFourThreads(LambdaTestCase.class).assertCounts(2, 0);

    assertRanOnce(
        run,
        "changesTheLocaleInALambda",
        "calls Locale.setDefault (changes JVM-global state) from"
            + " LambdaTestCase#changesTheLocaleInALambda()");
    assertRanOnFourThreads(run, "neighbour");
  }

  @Test
  void aMethodReferenceCountsAsACall() {
    JupiterRun run = runOnFourThreads(MethodReferenceTestCase.class).assertCounts(2, 0);

    // setProperty, not the clearProperty that follows it: the method reference was seen
    assertRanOnce(
        run,
        "setsAPropertyThroughAMethodReference",
        "calls System.setProperty (changes JVM-global state) from"
            + " MethodReferenceTestCase#setsAPropertyThroughAMethodReference()");
    assertRanOnFourThreads(run, "neighbour");
  }

  @Test
  void replacingTheDefaultUncaughtExceptionHandlerIsThreadUnsafe() {
    JupiterRun run = runOnFourThreads(UncaughtHandlerTestCase.class).assertCounts(2, 0);

    assertRanOnce(
        run,
        "replacesTheDefaultHandler",
        "calls Thread.setDefaultUncaughtExceptionHandler (changes JVM-global state) from"
            + " UncaughtHandlerTestCase#replacesTheDefaultHandler()");
    assertRanOnFourThreads(run, "neighbour");
  }

  @Test
  void addingAJavaUtilLoggingHandlerIsThreadUnsafe() {
    JupiterRun run = runOnFourThreads(LogHandlerTestCase.class).assertCounts(2, 0);

    assertRanOnce(
        run,
        "capturesLogRecords",
        "calls Logger.addHandler (changes JVM-global state) from"
            + " LogHandlerTestCase#capturesLogRecords()");
    assertRanOnFourThreads(run, "neighbour");
  }

  @Test
  void aMethodListedExactlyInTheConfigurationIsThreadUnsafeAndItsSiblingsAreNot() {
    JupiterRun run =
        runOnFourThreads(
                ListedMethodTestCase.class,
                "junit.parallel.thread-unsafe-methods",
                "com.acme.Unrelated#method, io.github.parallelthreads.CalledGlobalStateTests$Registry#register")
            .assertCounts(2, 0);

    assertRanOnce(
        run,
        "registers",
        "calls Registry.register (listed in junit.parallel.thread-unsafe-methods as"
            + " io.github.parallelthreads.CalledGlobalStateTests$Registry#register) from"
            + " ListedMethodTestCase#registers()");
    assertRanOnFourThreads(run, "neighbour");
  }

  @Test
  void everyMethodOfAClassListedWithAWildcardIsThreadUnsafeWhereverItIsCalled() {
    JupiterRun run =
        runOnFourThreads(
                ListedMethodTestCase.class,
                "junit.parallel.thread-unsafe-methods",
                "io.github.parallelthreads.CalledGlobalStateTests$Registry#*")
            .assertCounts(2, 0);

    assertRanOnce(
        run,
        "registers",
        "calls Registry.register (listed in junit.parallel.thread-unsafe-methods as"
            + " io.github.parallelthreads.CalledGlobalStateTests$Registry#*) from"
            + " ListedMethodTestCase#registers()");
    assertRanOnce(
        run,
        "neighbour",
        "calls Registry.lookup (listed in junit.parallel.thread-unsafe-methods as"
            + " io.github.parallelthreads.CalledGlobalStateTests$Registry#*) from"
            + " ListedMethodTestCase#neighbour()");
  }

  @Test
  void everyMethodOfAPackageListedWithAWildcardIsThreadUnsafe() {
    JupiterRun run =
        runOnFourThreads(
                ListedPackageTestCase.class,
                "junit.parallel.thread-unsafe-methods",
                "io.github.parallelthreads.legacy.*")
            .assertCounts(2, 0);

    assertRanOnce(
        run,
        "usesLegacyCode",
        "calls LegacyRegistry.register (listed in junit.parallel.thread-unsafe-methods as"
            + " io.github.parallelthreads.legacy.*) from ListedPackageTestCase#usesLegacyCode()");
    assertRanOnFourThreads(run, "neighbour");
  }

  @Test
  void withoutTheConfigurationEntryAListedMethodIsNotThreadUnsafe() {
    JupiterRun run = runOnFourThreads(ListedPackageTestCase.class).assertCounts(2, 0);

    assertRanOnFourThreads(run, "usesLegacyCode");
  }

  @Test
  void callingAMethodAnnotatedThreadUnsafeIsThreadUnsafeWithItsReason() {
    JupiterRun run = runOnFourThreads(AnnotatedCalleeTestCase.class).assertCounts(3, 0);

    assertRanOnce(
        run,
        "installsTheBanner",
        "calls Banner.install (annotated @ThreadUnsafe: installs a JVM-wide banner) from"
            + " AnnotatedCalleeTestCase#installsTheBanner()");
    assertRanOnce(
        run,
        "resetsTheBanner",
        "calls Banner.reset (annotated @ThreadUnsafe) from"
            + " AnnotatedCalleeTestCase#resetsTheBanner()");
    assertRanOnFourThreads(run, "neighbour");
  }

  @Test
  void readingGlobalStateAndCallingAUserMethodNamedLikeAMutatorStayParallel() {
    JupiterRun run = runOnFourThreads(ReadsOnlyTestCase.class).assertCounts(3, 0);

    assertRanOnFourThreads(run, "readsSystemProperties");
    assertRanOnFourThreads(run, "readsTheDefaultLocaleAndTimeZone");
    assertRanOnFourThreads(run, "callsAUserMethodNamedSetOut");
  }

  @Test
  void aTestThatExpectsToRunOutOfMemoryRunsOnceWhileItsNeighbourRunsInParallel() {
    JupiterRun run = runOnFourThreads(OutOfMemoryTestCase.class).assertCounts(5, 0);

    String why =
        " (runs the shared heap out of memory on purpose, which threads cannot do side by side)";
    assertRanOnce(
        run,
        "catchesOutOfMemoryError",
        "catches OutOfMemoryError" + why + " in OutOfMemoryTestCase#catchesOutOfMemoryError()");
    assertRanOnce(
        run,
        "assertsThatOutOfMemoryErrorIsThrown",
        "uses OutOfMemoryError.class"
            + why
            + " in OutOfMemoryTestCase#assertsThatOutOfMemoryErrorIsThrown()");
    assertRanOnce(
        run,
        "catchesItInALambda",
        "catches OutOfMemoryError" + why + " in OutOfMemoryTestCase#catchesItInALambda()");
    assertRanOnce(
        run,
        "callsAHelperThatCatchesIt",
        "catches OutOfMemoryError"
            + why
            + " in OutOfMemoryTestCase#callsAHelperThatCatchesIt() -> Buffers#allocateOrNull()");
    // catching Error in general is ordinary error handling, not a sign of exhausting the heap
    assertRanOnFourThreads(run, "neighbourCatchesError");
  }

  /** Helpers called by the fixtures: each calls the next, and the last one changes the locale. */
  static final class Hops {
    static void one() {
      two();
    }

    static void two() {
      three();
    }

    static void three() {
      // a global write, but of the value already there: harmless when it does run on 4 threads
      Locale.setDefault(Locale.getDefault());
    }
  }

  /** Innocent in fact; thread-unsafe when listed in junit.parallel.thread-unsafe-methods. */
  static final class Registry {
    static final Set<String> NAMES = ConcurrentHashMap.newKeySet();

    static void register(String name) {
      NAMES.add(name);
    }

    static boolean lookup(String name) {
      return NAMES.contains(name);
    }
  }

  static final class Banner {
    @ThreadUnsafe(reason = "installs a JVM-wide banner")
    static void install() {}

    @ThreadUnsafe
    static void reset() {}
  }

  /** Stands for a helper that allocates until the heap runs out; it allocates little here. */
  static final class Buffers {
    static char[] allocateOrNull(int size) {
      try {
        return new char[size];
      } catch (OutOfMemoryError tooLarge) {
        return null;
      }
    }
  }

  /** A user class whose method names match JDK mutators: its owner is not System. */
  static final class Console {
    private PrintStream out;

    void setOut(PrintStream out) {
      this.out = out;
    }

    static void setDefault(Locale locale) {
      assertThat(locale).isNotNull();
    }

    PrintStream out() {
      return out;
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class SetsSystemOutTestCase {
    @Test
    void replacesSystemOut() {
      record("replacesSystemOut");
      PrintStream original = System.out;
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      try {
        System.out.print("captured");
      } finally {
        System.setOut(original);
      }
      assertThat(buffer.toString(StandardCharsets.UTF_8)).isEqualTo("captured");
    }

    @Test
    void neighbour() {
      record("neighbour");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class HelperChainTestCase {
    @Test
    void oneLevelDown() {
      record("oneLevelDown");
      Hops.three();
    }

    @Test
    void twoLevelsDown() {
      record("twoLevelsDown");
      Hops.two();
    }

    @Test
    void threeLevelsDown() {
      record("threeLevelsDown");
      Hops.one();
    }

    @Test
    void neighbour() {
      record("neighbour");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class NearestCallTestCase {
    @Test
    void setsAPropertyAfterCallingAHelper() {
      record("setsAPropertyAfterCallingAHelper");
      Hops.two();
      System.setProperty(PROPERTY, "set");
      System.getProperties().remove(PROPERTY);
    }

    @Test
    void neighbour() {
      record("neighbour");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class BeforeEachTestCase {
    @Test
    void neighbour() {
      record("neighbour");
    }

    @Nested
    class CapturesSystemErr {
      private PrintStream original;

      @BeforeEach
      void captureErr() {
        original = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      }

      @AfterEach
      void restoreErr() {
        System.setErr(original);
      }

      @Test
      void writesToErr() {
        record("writesToErr");
        System.err.print("captured");
      }
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class LambdaTestCase {
    @Test
    void changesTheLocaleInALambda() {
      record("changesTheLocaleInALambda");
      Runnable inGerman =
          () -> {
            Locale original = Locale.getDefault();
            Locale.setDefault(Locale.GERMANY);
            try {
              assertThat(String.format("%.1f", 1.5)).isEqualTo("1,5");
            } finally {
              Locale.setDefault(original);
            }
          };
      inGerman.run();
    }

    @Test
    void neighbour() {
      record("neighbour");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class MethodReferenceTestCase {
    @Test
    void setsAPropertyThroughAMethodReference() {
      record("setsAPropertyThroughAMethodReference");
      BiFunction<String, String, String> set = System::setProperty;
      try {
        assertThat(set.apply(PROPERTY, "set")).isNull();
      } finally {
        System.clearProperty(PROPERTY);
      }
    }

    @Test
    void neighbour() {
      record("neighbour");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class UncaughtHandlerTestCase {
    @Test
    void replacesTheDefaultHandler() {
      record("replacesTheDefaultHandler");
      Thread.UncaughtExceptionHandler original = Thread.getDefaultUncaughtExceptionHandler();
      Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {});
      Thread.setDefaultUncaughtExceptionHandler(original);
    }

    @Test
    void neighbour() {
      record("neighbour");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class LogHandlerTestCase {
    @Test
    void capturesLogRecords() {
      record("capturesLogRecords");
      Logger logger = Logger.getLogger(LOGGER);
      Handler capture = new StreamHandler();
      logger.addHandler(capture);
      try {
        assertThat(logger.getHandlers()).containsExactly(capture);
      } finally {
        logger.removeHandler(capture);
      }
    }

    @Test
    void neighbour() {
      record("neighbour");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class ListedMethodTestCase {
    @Test
    void registers() {
      record("registers");
      Registry.register("registers");
    }

    @Test
    void neighbour() {
      record("neighbour");
      Registry.lookup("neighbour");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class ListedPackageTestCase {
    @Test
    void usesLegacyCode() {
      record("usesLegacyCode");
      LegacyRegistry.register("usesLegacyCode");
    }

    @Test
    void neighbour() {
      record("neighbour");
      Registry.lookup("neighbour");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class AnnotatedCalleeTestCase {
    @Test
    void installsTheBanner() {
      record("installsTheBanner");
      Banner.install();
    }

    @Test
    void resetsTheBanner() {
      record("resetsTheBanner");
      Banner.reset();
    }

    @Test
    void neighbour() {
      record("neighbour");
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class ReadsOnlyTestCase {
    @Test
    void readsSystemProperties() {
      record("readsSystemProperties");
      assertThat(System.getProperty("java.version")).isNotEmpty();
      assertThat(System.getProperties().getProperty(PROPERTY)).isNull();
    }

    @Test
    void readsTheDefaultLocaleAndTimeZone() {
      record("readsTheDefaultLocaleAndTimeZone");
      assertThat(Locale.getDefault()).isNotNull();
      assertThat(TimeZone.getDefault()).isNotNull();
    }

    @Test
    void callsAUserMethodNamedSetOut() {
      record("callsAUserMethodNamedSetOut");
      Console console = new Console();
      console.setOut(System.out);
      Console.setDefault(Locale.getDefault());
      assertThat(console.out()).isSameAs(System.out);
    }
  }

  /**
   * Tests that exhaust the heap on purpose, as real suites do to test capacity limits; here they
   * allocate little, and the error is simulated, so that this suite's own heap is never at risk.
   */
  @ExtendWith(ParallelThreadsExtension.class)
  static class OutOfMemoryTestCase {
    @Test
    void catchesOutOfMemoryError() {
      record("catchesOutOfMemoryError");
      try {
        assertThat(new char[16]).hasSize(16);
      } catch (OutOfMemoryError expected) {
        return;
      }
    }

    @Test
    void assertsThatOutOfMemoryErrorIsThrown() {
      record("assertsThatOutOfMemoryErrorIsThrown");
      Assertions.assertThrows(
          OutOfMemoryError.class,
          () -> {
            throw new OutOfMemoryError("simulated");
          });
    }

    @Test
    void catchesItInALambda() {
      record("catchesItInALambda");
      Supplier<char[]> allocation =
          () -> {
            try {
              return new char[16];
            } catch (OutOfMemoryError expected) {
              return null;
            }
          };
      assertThat(allocation.get()).hasSize(16);
    }

    @Test
    void callsAHelperThatCatchesIt() {
      record("callsAHelperThatCatchesIt");
      assertThat(Buffers.allocateOrNull(16)).hasSize(16);
    }

    @Test
    void neighbourCatchesError() {
      record("neighbourCatchesError");
      try {
        assertThat(new char[16]).hasSize(16);
      } catch (Error unexpected) {
        throw unexpected;
      }
    }
  }
}
