package io.github.parallelthreads.benchmarks.detection;

import io.github.parallelthreads.benchmarks.FreshJvm;
import io.github.parallelthreads.benchmarks.NearestRank;
import io.github.parallelthreads.benchmarks.suite.TrivialSuite;
import io.github.parallelthreads.internal.detection.TestElements;
import io.github.parallelthreads.internal.detection.ThreadUnsafeVerdicts;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What thread-unsafe detection costs per test: the whole verdict chain ({@code @ThreadUnsafe},
 * declared global state, the class-file call analysis) for each test of a 2,000-test suite.
 *
 * <p>Cold is the first pass in a fresh JVM, with every cache empty and every class file still to be
 * read; warm is the median of later passes in the same JVM. Each suite is measured in {@link #JVMS}
 * fresh JVMs, which this program starts itself.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.parallelthreads.benchmarks.detection.DetectionCost}
 */
public final class DetectionCost {

  private static final int JVMS = 5;
  private static final int WARM_PASSES = 30;

  private DetectionCost() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length == 2 && args[0].equals("--measure")) {
      measureInThisJvm(args[1]);
      return;
    }
    System.out.println(
        "| suite | cold: first pass, µs per test (median of "
            + JVMS
            + " JVMs) "
            + "| warm: later passes, µs per test (median of "
            + JVMS
            + " JVMs) |");
    System.out.println("|---|---|---|");
    for (String suite : List.of("empty", "calling")) {
      List<double[]> results = new ArrayList<>();
      for (int jvm = 0; jvm < JVMS; jvm++) {
        results.add(runInFreshJvm(suite));
      }
      System.out.printf(
          Locale.ROOT,
          "| %,d %s | %.2f (%s) | %.2f (%s) |%n",
          TrivialSuite.TEST_COUNT,
          suite.equals("empty") ? "empty tests" : "tests calling two levels of helpers",
          median(results, 0),
          all(results, 0),
          median(results, 1),
          all(results, 1));
    }
  }

  /** Measures one suite in this JVM and prints "cold warm", both in µs per test. */
  private static void measureInThisJvm(String suite) {
    List<TestElements> tests =
        testsOf(suite.equals("empty") ? TrivialSuite.classes() : TrivialSuite.callingClasses());
    ThreadUnsafeVerdicts verdicts = new ThreadUnsafeVerdicts();
    double cold = passMicrosPerTest(verdicts, tests);
    List<Double> warm = new ArrayList<>();
    for (int pass = 0; pass < WARM_PASSES; pass++) {
      warm.add(passMicrosPerTest(verdicts, tests));
    }
    System.out.printf(Locale.ROOT, "%.4f %.4f%n", cold, NearestRank.median(warm));
  }

  private static double passMicrosPerTest(ThreadUnsafeVerdicts verdicts, List<TestElements> tests) {
    long started = System.nanoTime();
    int unsafe = 0;
    for (TestElements test : tests) {
      if (verdicts.reasonFor(test, List.of()).isPresent()) {
        unsafe++;
      }
    }
    long elapsed = System.nanoTime() - started;
    if (unsafe != 0) {
      throw new IllegalStateException(unsafe + " tests of an innocent suite found thread-unsafe");
    }
    return elapsed / 1_000.0 / tests.size();
  }

  private static List<TestElements> testsOf(List<Class<?>> classes) {
    List<TestElements> tests = new ArrayList<>();
    for (Class<?> testClass : classes) {
      // the generated classes declare all their tests themselves and extend nothing
      List<Method> methods = new ArrayList<>();
      for (Method method : testClass.getDeclaredMethods()) {
        if (method.isAnnotationPresent(Test.class) && !Modifier.isStatic(method.getModifiers())) {
          methods.add(method);
        }
      }
      methods.sort(Comparator.comparing(Method::getName));
      methods.forEach(method -> tests.add(new TestElements(method, List.of(testClass))));
    }
    if (tests.size() != TrivialSuite.TEST_COUNT) {
      throw new IllegalStateException(
          "expected " + TrivialSuite.TEST_COUNT + " tests, found " + tests.size());
    }
    return tests;
  }

  private static double[] runInFreshJvm(String suite) throws IOException, InterruptedException {
    List<String> output = FreshJvm.run(DetectionCost.class, List.of(), List.of("--measure", suite));
    String[] lastLine = output.get(output.size() - 1).split(" ");
    return new double[] {Double.parseDouble(lastLine[0]), Double.parseDouble(lastLine[1])};
  }

  private static double median(List<double[]> results, int index) {
    return NearestRank.median(results.stream().map(result -> result[index]).toList());
  }

  private static String all(List<double[]> results, int index) {
    return String.join(
        ", ",
        results.stream().map(result -> String.format(Locale.ROOT, "%.2f", result[index])).toList());
  }
}
