package io.github.parallelthreads.benchmarks.detection;

import io.github.parallelthreads.benchmarks.FreshJvm;
import io.github.parallelthreads.benchmarks.NearestRank;
import io.github.parallelthreads.benchmarks.suite.TrivialSuite;
import io.github.parallelthreads.internal.detection.TestElements;
import io.github.parallelthreads.internal.detection.ThreadUnsafeVerdicts;
import io.github.parallelthreads.internal.sharing.SharedState;
import io.github.parallelthreads.internal.sharing.SharedThroughTest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What working out "Shared through the test" costs per failed test: the analysis the extension runs
 * once a test has failed on several threads, here run for every test of a 2,000-test suite as if
 * each had failed. Passing tests never run it.
 *
 * <p>First is the first test in a fresh JVM, after the thread-unsafe verdict has been worked out
 * for it as a parallel run does (so ASM and JUnit's annotation support are loaded): loading the
 * analysis, reading the test's class files again with their line numbers; cold is the first pass
 * over the suite, per test; warm is the median of later passes. Each suite is measured in {@link
 * #JVMS} fresh JVMs.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.parallelthreads.benchmarks.detection.SharingCost}
 */
public final class SharingCost {

  private static final int JVMS = 5;
  private static final int WARM_PASSES = 30;

  private SharingCost() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length == 2 && args[0].equals("--measure")) {
      measureInThisJvm(args[1]);
      return;
    }
    System.out.println(
        "| suite | first failed test in a JVM, µs | cold: first pass, µs per test | warm: later"
            + " passes, µs per test |");
    System.out.println("|---|---|---|---|");
    for (String suite : List.of("empty", "calling")) {
      List<double[]> results = new ArrayList<>();
      for (int jvm = 0; jvm < JVMS; jvm++) {
        results.add(runInFreshJvm(suite));
      }
      System.out.printf(
          Locale.ROOT,
          "| %,d %s | %.0f (%s) | %.2f (%s) | %.2f (%s) |%n",
          TrivialSuite.TEST_COUNT,
          suite.equals("empty") ? "empty tests" : "tests calling two levels of helpers",
          median(results, 0),
          all(results, 0, "%.0f"),
          median(results, 1),
          all(results, 1, "%.2f"),
          median(results, 2),
          all(results, 2, "%.2f"));
    }
  }

  /** Measures one suite in this JVM and prints "first cold warm", all in µs. */
  private static void measureInThisJvm(String suite) {
    List<Method> tests =
        testsOf(suite.equals("empty") ? TrivialSuite.classes() : TrivialSuite.callingClasses());
    // as in a parallel run, where the verdict chain has read the test's class before it failed
    new ThreadUnsafeVerdicts()
        .reasonFor(
            new TestElements(tests.get(0), List.of(tests.get(0).getDeclaringClass())), List.of());
    SharedThroughTest sharing = new SharedThroughTest();
    long started = System.nanoTime();
    check(sharing.of(tests.get(0), List.of(tests.get(0).getDeclaringClass())));
    double first = (System.nanoTime() - started) / 1_000.0;
    double cold = passMicrosPerTest(sharing, tests);
    List<Double> warm = new ArrayList<>();
    for (int pass = 0; pass < WARM_PASSES; pass++) {
      warm.add(passMicrosPerTest(sharing, tests));
    }
    System.out.printf(Locale.ROOT, "%.4f %.4f %.4f%n", first, cold, NearestRank.median(warm));
  }

  private static double passMicrosPerTest(SharedThroughTest sharing, List<Method> tests) {
    long started = System.nanoTime();
    for (Method test : tests) {
      check(sharing.of(test, List.of(test.getDeclaringClass())));
    }
    return (System.nanoTime() - started) / 1_000.0 / tests.size();
  }

  private static void check(SharedState state) {
    if (!state.isNothing()) {
      throw new IllegalStateException("a test of these suites shares " + state.describe());
    }
  }

  private static List<Method> testsOf(List<Class<?>> classes) {
    List<Method> tests = new ArrayList<>();
    for (Class<?> testClass : classes) {
      List<Method> methods = new ArrayList<>();
      for (Method method : testClass.getDeclaredMethods()) {
        if (method.isAnnotationPresent(Test.class) && !Modifier.isStatic(method.getModifiers())) {
          methods.add(method);
        }
      }
      methods.sort(Comparator.comparing(Method::getName));
      tests.addAll(methods);
    }
    return tests;
  }

  private static double[] runInFreshJvm(String suite) throws IOException, InterruptedException {
    List<String> output = FreshJvm.run(SharingCost.class, List.of(), List.of("--measure", suite));
    String[] lastLine = output.get(output.size() - 1).split(" ");
    return new double[] {
      Double.parseDouble(lastLine[0]),
      Double.parseDouble(lastLine[1]),
      Double.parseDouble(lastLine[2])
    };
  }

  private static double median(List<double[]> results, int index) {
    return NearestRank.median(results.stream().map(result -> result[index]).toList());
  }

  private static String all(List<double[]> results, int index, String format) {
    return String.join(
        ", ",
        results.stream().map(result -> String.format(Locale.ROOT, format, result[index])).toList());
  }
}
