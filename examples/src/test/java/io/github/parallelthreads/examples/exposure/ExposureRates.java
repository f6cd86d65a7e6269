package io.github.parallelthreads.examples.exposure;

import java.util.Locale;

/**
 * Measures how often one run of each given fixture exposes its bug, and how many runs an {@link
 * Exposure} check then needs.
 *
 * <p>Usage, from the repository root after {@code mvn -B install -DskipTests -Dinvoker.skip}:
 *
 * <pre>
 * mvn -B -q -pl examples test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp examples/target/test-classes:examples/target/classes:$(cat examples/target/cp.txt) \
 *     io.github.parallelthreads.examples.exposure.ExposureRates 200 \
 *     io.github.parallelthreads.examples.lazyinit.LazyInitExposureTest\$UnsafeHolderTestCase
 * </pre>
 *
 * <p>For each fixture it prints the rate, the lower end of its 95% Wilson interval, and the number
 * of runs K for which {@code (1 - lower)^K} is below one in a million.
 */
public final class ExposureRates {

  private static final double MISS_PROBABILITY = 1e-6;

  private ExposureRates() {}

  public static void main(String[] args) throws ClassNotFoundException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: ExposureRates <runs> <fixture class>...");
    }
    int runs = Integer.parseInt(args[0]);
    System.out.println("| fixture | runs | exposed | rate | 95% lower bound | K for 1e-6 |");
    System.out.println("|---|---|---|---|---|---|");
    for (int i = 1; i < args.length; i++) {
      Class<?> fixture = Class.forName(args[i]);
      Exposure exposure = Exposure.of(fixture);
      int exposed = 0;
      for (int run = 0; run < runs; run++) {
        if (exposure.runOnce() != null) {
          exposed++;
        }
      }
      double lower = wilsonLowerBound(exposed, runs);
      String neededRuns =
          lower <= 0
              ? "unbounded"
              : String.valueOf(
                  (long)
                      Math.ceil(
                          Math.log(MISS_PROBABILITY) / Math.log1p(-Math.min(lower, 1 - 1e-12))));
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %d | %.3f | %.3f | %s |%n",
          fixture.getSimpleName(),
          runs,
          exposed,
          (double) exposed / runs,
          lower,
          neededRuns);
    }
  }

  /** The lower end of the 95% Wilson score interval for {@code successes} out of {@code trials}. */
  static double wilsonLowerBound(int successes, int trials) {
    double z = 1.96;
    double p = (double) successes / trials;
    double denominator = 1 + z * z / trials;
    double centre = p + z * z / (2.0 * trials);
    double margin = z * Math.sqrt(p * (1 - p) / trials + z * z / (4.0 * trials * trials));
    return Math.max(0, (centre - margin) / denominator);
  }
}
