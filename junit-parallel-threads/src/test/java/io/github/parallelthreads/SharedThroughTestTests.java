package io.github.parallelthreads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * A parallel failure's message says what its threads shared through the test itself, and the same
 * is published as a report entry: the fields of the test instance and where they were set,
 * {@code @TempDir} fields, static fields of the test sources; or nothing.
 */
class SharedThroughTestTests {

  private static final String HINT = "Failing on some threads but not others points to a race";

  @Test
  void anInstanceFieldIsNamedWithItsInitializer() {
    assertSharedLines(
        InstanceFieldTestCase.class,
        "field InstanceFieldTestCase.seen (List, set by its initializer)",
        "Next step: build what field seen holds in the test body instead of once for the test,"
            + " unless it is meant to be used by several threads at once: then every thread has"
            + " its own.");
  }

  @Test
  void severalFieldsAreNamedInTheOrderTheBodyFirstUsesThem() {
    assertSharedLines(
        SeveralFieldsTestCase.class,
        "field SeveralFieldsTestCase.second (StringBuilder, set by its initializer); field"
            + " SeveralFieldsTestCase.first (StringBuilder, set by its initializer)",
        "Next step: build what fields second and first hold in the test body instead of once for"
            + " the test, unless they are meant to be used by several threads at once: then every"
            + " thread has its own.");
  }

  @Test
  void aFieldSetInTheConstructorSaysSo() {
    assertSharedLines(
        ConstructorTestCase.class,
        "field ConstructorTestCase.names (StringBuilder, set in the constructor)",
        "Next step: build what field names holds in the test body instead of once for the test,"
            + " unless it is meant to be used by several threads at once: then every thread has"
            + " its own.");
  }

  @Test
  void aFieldSetInBeforeEachNamesTheMethod() {
    assertSharedLines(
        BeforeEachTestCase.class,
        "field BeforeEachTestCase.buffer (StringBuilder, set in @BeforeEach prepareBuffer())",
        "Next step: build what field buffer holds in the test body instead of once for the test,"
            + " unless it is meant to be used by several threads at once: then every thread has"
            + " its own.");
  }

  @Test
  void aFieldSetInBeforeEachThreadSaysThatEveryThreadWritesTheOneField() {
    assertSharedLines(
        BeforeEachThreadTestCase.class,
        "field BeforeEachThreadTestCase.connection (StringBuilder, set in @BeforeEachThread open()"
            + " by every thread)",
        "Next step: keep what field connection holds per thread, in a ThreadLocal or an array"
            + " indexed by ParallelContext.threadIndex(): every thread's @BeforeEachThread writes"
            + " the one field, and the last write wins.");
  }

  @Test
  void anInheritedTempDirFieldAndTheFieldDerivedFromItAreNamed() {
    assertSharedLines(
        InheritedTempDirTestCase.class,
        "field ReportDirectoryBase.report (Path, set in @BeforeEach prepareReport() from @TempDir"
            + " field dir); @TempDir field ReportDirectoryBase.dir (Path, one directory for all"
            + " threads)",
        "Next step: declare a @TempDir parameter on the test method instead of the @TempDir field"
            + " dir: a parameter is a separate directory for every thread.");
  }

  @Test
  void aNestedTestSharesTheFieldsOfTheInstanceItIsNestedIn() {
    assertSharedLines(
        EnclosingTestCase.class,
        "field EnclosingTestCase.journal (StringBuilder, set by its initializer)",
        "Next step: build what field journal holds in the test body instead of once for the test,"
            + " unless it is meant to be used by several threads at once: then every thread has"
            + " its own.");
  }

  @Test
  void aMethodTheBodyCallsIsReadWhereTheTestClassOverridesIt() {
    assertSharedLines(
        OverridingTestCase.class,
        "field OverridingTestCase.filled (List, set by its initializer)",
        "Next step: build what field filled holds in the test body instead of once for the test,"
            + " unless it is meant to be used by several threads at once: then every thread has"
            + " its own.");
  }

  @Test
  void aBridgeMethodOfACovariantOverrideCountsAsNoLevel() {
    assertSharedLines(
        CovariantTestCase.class, "field CovariantTestCase.current (List, written by the threads)");
  }

  @Test
  void aTemplateMethodOfASuperclassOfBothTheNestedAndTheEnclosingClassIsReadAsTheNestedOne() {
    assertSharedLines(
        TemplateEnclosingTestCase.class,
        "field TemplateEnclosingTestCase.built (StringBuilder, written by the threads)");
  }

  @Test
  void aNestedClassInheritedFromAnAbstractClassSharesTheInstanceOfTheClassItRunsIn() {
    assertSharedLines(
        ConcreteEnclosingTestCase.class,
        "field ConcreteEnclosingTestCase.made (StringBuilder, written by the threads)");
  }

  @Test
  void aStaticFieldOfTheTestClassIsNamed() {
    assertSharedLines(
        StaticFieldTestCase.class,
        "static field StaticFieldTestCase.calls (int, written by the threads)");
  }

  @Test
  void aStaticFieldOfAHelperOfTheTestSourcesIsNamed() {
    assertSharedLines(
        HelperStaticTestCase.class,
        "static field TestPasswords.issued (int, written by the threads)");
  }

  @Test
  void aFieldReadTwoLevelsDownIsNamedAndOneThreeLevelsDownIsNot() {
    assertSharedLines(
        TwoLevelsDownTestCase.class,
        "static field TwoLevelsDownTestCase.deep (StringBuilder, set in the static initializer)");
  }

  @Test
  void aDynamicTestIsReadThroughItsFactoryAndTheLambdaItCreates() {
    JupiterRun run = JupiterRun.of(DynamicTestCase.class).assertCounts(0, 1);

    assertThat(run.failureOf("dynamic"))
        .isInstanceOf(ParallelFailuresError.class)
        .hasMessageContaining(
            "      once: thread 0\n"
                + "Shared through the test: field DynamicTestCase.names (StringBuilder, set by its"
                + " initializer)\n");
  }

  @Test
  void nothingSharedSaysNothingAndUnchangingFinalFieldsDoNotCount() {
    JupiterRun run = JupiterRun.of(NothingSharedTestCase.class).assertCounts(0, 1);

    assertThat(run.failureOf("body("))
        .isInstanceOf(ParallelFailuresError.class)
        .hasMessageContaining("      once: thread 0\nShared through the test: nothing\n" + HINT);
    assertThat(run.reportEntriesOf("body("))
        .containsEntry(ParallelThreadsExtension.SHARED_THROUGH_TEST_REPORT_KEY, "nothing");
  }

  @Test
  void aFailureOnOneThreadHasNoSharedLine() {
    JupiterRun run = JupiterRun.of(OneThreadTestCase.class).assertCounts(0, 1);

    assertThat(run.failureOf("body(")).message().doesNotContain("Shared through the test");
    assertThat(run.reportEntriesOf("body("))
        .doesNotContainKey(ParallelThreadsExtension.SHARED_THROUGH_TEST_REPORT_KEY);
  }

  /** The lines sit between the groups of failures and the hint, and the entry says the same. */
  private static void assertSharedLines(Class<?> fixture, String shared, String... nextSteps) {
    JupiterRun run = JupiterRun.of(fixture).assertCounts(0, 1);

    StringBuilder lines = new StringBuilder("Shared through the test: ").append(shared);
    for (String step : nextSteps) {
      lines.append('\n').append(step);
    }
    assertThat(run.failureOf("body("))
        .isInstanceOf(ParallelFailuresError.class)
        .hasMessageStartingWith("1 of 2 threads failed (1 distinct failure)\n")
        .hasMessageContaining("      once: thread 0\n" + lines + "\n" + HINT);
    assertThat(run.reportEntriesOf("body("))
        .containsEntry(ParallelThreadsExtension.SHARED_THROUGH_TEST_REPORT_KEY, shared);
  }

  private static void failOnThreadZero(ParallelContext context) {
    if (context.threadIndex() == 0) {
      throw new AssertionFailedError("thread 0 fails");
    }
  }

  @ParallelThreads(2)
  static class InstanceFieldTestCase {
    private final List<String> seen = new ArrayList<>();

    @Test
    void body(ParallelContext context) {
      seen.add("thread " + context.threadIndex());
      failOnThreadZero(context);
    }
  }

  @ParallelThreads(2)
  static class SeveralFieldsTestCase {
    private final StringBuilder first = new StringBuilder();
    private final StringBuilder second = new StringBuilder();

    @Test
    void body(ParallelContext context) {
      second.append(context.threadIndex());
      first.append(context.threadIndex());
      failOnThreadZero(context);
    }
  }

  @ParallelThreads(2)
  static class ConstructorTestCase {
    private final StringBuilder names;

    ConstructorTestCase() {
      names = new StringBuilder();
    }

    @Test
    void body(ParallelContext context) {
      names.append(context.threadIndex());
      failOnThreadZero(context);
    }
  }

  @ParallelThreads(2)
  static class BeforeEachTestCase {
    private StringBuilder buffer;

    @BeforeEach
    void prepareBuffer() {
      buffer = new StringBuilder();
    }

    @Test
    void body(ParallelContext context) {
      buffer.append(context.threadIndex());
      failOnThreadZero(context);
    }
  }

  @ParallelThreads(2)
  static class BeforeEachThreadTestCase {
    private StringBuilder connection;

    @BeforeEachThread
    void open() {
      connection = new StringBuilder(); // one field: the threads' set-ups overwrite each other
    }

    @Test
    void body(ParallelContext context) {
      connection.append(context.threadIndex());
      failOnThreadZero(context);
    }
  }

  abstract static class ReportDirectoryBase {
    @TempDir Path dir;
    Path report;

    @BeforeEach
    void prepareReport() {
      report = dir.resolve("report.txt");
    }
  }

  @ParallelThreads(2)
  static class InheritedTempDirTestCase extends ReportDirectoryBase {
    @Test
    void body(ParallelContext context) throws IOException {
      Files.writeString(report, "thread " + context.threadIndex());
      assertThat(dir).isDirectory();
      failOnThreadZero(context);
    }
  }

  @ParallelThreads(2)
  static class EnclosingTestCase {
    private final StringBuilder journal = new StringBuilder();

    @Nested
    class NestedTestCase {
      @Test
      void body(ParallelContext context) {
        journal.append(context.threadIndex());
        failOnThreadZero(context);
      }
    }
  }

  /** A template test, as in suites that test many implementations of one interface. */
  abstract static class TemplateTestCase {
    @Test
    void body(ParallelContext context) {
      fill(context.threadIndex());
      failOnThreadZero(context);
    }

    abstract void fill(int value);
  }

  @ParallelThreads(2)
  static class OverridingTestCase extends TemplateTestCase {
    private final List<Integer> filled = new ArrayList<>();

    @Override
    void fill(int value) {
      filled.add(value);
    }
  }

  /** The test method calls make() as returning Iterator; javac bridges it to the override. */
  abstract static class IteratorTemplateTestCase {
    @Test
    void body(ParallelContext context) {
      make().hasNext();
      failOnThreadZero(context);
    }

    abstract Iterator<Integer> make();
  }

  @ParallelThreads(2)
  static class CovariantTestCase extends IteratorTemplateTestCase {
    private List<Integer> current;

    @Override
    ListIterator<Integer> make() {
      return reset().listIterator();
    }

    private List<Integer> reset() {
      current = new ArrayList<>(List.of(1, 2));
      return current;
    }
  }

  /** A superclass of both the test class and the test class nested in it, as in suites of views. */
  abstract static class MakingTemplate {
    abstract Object make();

    void check() {
      make().hashCode();
    }
  }

  @ParallelThreads(2)
  static class TemplateEnclosingTestCase extends MakingTemplate {
    private StringBuilder built;

    @Override
    Object make() {
      return "the enclosing instance's own";
    }

    @Nested
    class TemplateNestedTestCase extends MakingTemplate {
      @Override
      Object make() {
        built = new StringBuilder();
        return built;
      }

      @Test
      void body(ParallelContext context) {
        check();
        failOnThreadZero(context);
      }
    }
  }

  /** Its nested class runs inside the instance of every concrete subclass. */
  abstract static class AbstractEnclosingTestCase {
    abstract void remake();

    @Nested
    class InheritedNestedTestCase {
      @Test
      void body(ParallelContext context) {
        AbstractEnclosingTestCase.this.remake();
        failOnThreadZero(context);
      }
    }
  }

  @ParallelThreads(2)
  static class ConcreteEnclosingTestCase extends AbstractEnclosingTestCase {
    private StringBuilder made;

    @Override
    void remake() {
      made = new StringBuilder();
    }
  }

  @ParallelThreads(2)
  static class DynamicTestCase {
    private final StringBuilder names = new StringBuilder();

    @TestFactory
    Stream<DynamicTest> body() {
      return Stream.of(
          DynamicTest.dynamicTest(
              "dynamic",
              () -> {
                names.append(ParallelContext.current().threadIndex());
                failOnThreadZero(ParallelContext.current());
              }));
    }
  }

  @ParallelThreads(2)
  static class StaticFieldTestCase {
    static int calls;

    @Test
    void body(ParallelContext context) {
      calls++;
      failOnThreadZero(context);
    }
  }

  @ParallelThreads(2)
  static class HelperStaticTestCase {
    @Test
    void body(ParallelContext context) {
      assertThat(TestPasswords.next()).startsWith("password-");
      failOnThreadZero(context);
    }
  }

  @ParallelThreads(2)
  static class TwoLevelsDownTestCase {
    static final StringBuilder deep = new StringBuilder();
    static final StringBuilder deeper = new StringBuilder();

    @Test
    void body(ParallelContext context) {
      levelOne(context);
      failOnThreadZero(context);
    }

    private static void levelOne(ParallelContext context) {
      levelTwo(context);
    }

    private static void levelTwo(ParallelContext context) {
      deep.length(); // the body of a method two levels below the test is read
      levelThree(context);
    }

    private static void levelThree(ParallelContext context) {
      deeper.length(); // three levels down: not read, as the thread-unsafe detection
    }
  }

  @ParallelThreads(2)
  static class NothingSharedTestCase {
    private static final List<String> NAMES = List.of("zero", "one");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private final int limit = Integer.parseInt("2");

    @Test
    void body(ParallelContext context) {
      StringBuilder own = new StringBuilder(NAMES.get(context.threadIndex()));
      assertThat(DIGITS.matcher(own).matches()).isFalse();
      assertThat(context.threadIndex()).isLessThan(limit);
      failOnThreadZero(context);
    }
  }

  @ParallelThreads(1)
  @Iterations(2)
  static class OneThreadTestCase {
    private final List<String> seen = new ArrayList<>();

    @Test
    void body(ParallelContext context) {
      seen.add("iteration " + context.iterationIndex());
      throw new AssertionFailedError("fails");
    }
  }
}
