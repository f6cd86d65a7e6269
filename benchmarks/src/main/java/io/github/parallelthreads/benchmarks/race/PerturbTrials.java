package io.github.parallelthreads.benchmarks.race;

import io.github.parallelthreads.benchmarks.LoadAverage;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The measuring side of {@link PerturbExposure}, run in a fresh JVM (with or without the library as
 * a Java agent): runs the trials it is given, in order, with the extension's default runner, and
 * prints one line per trial.
 *
 * <p>Arguments: one {@code <perturb>/<budget>/<kernel>/<seed>} per trial, {@code perturb} being
 * {@code off} or {@code on}, {@code budget} 400 or 10000. Any single trial can be run again this
 * way, with the seed its line reported (the same perturbation decisions; the threads' scheduling is
 * the machine's).
 *
 * <p>Output: {@code agent <true|false>}, then per trial {@code trial <perturb> <budget> <kernel>
 * <seed> <first exposure or -> <most bodies in flight> <wall ns> <load average> <noise points>
 * <pauses>}, the last two -1 when perturbation was off.
 */
public final class PerturbTrials {

  /** Where the kernels' unsafe code lives: in a jar, so outside perturbation's default scope. */
  static final String KERNEL_PACKAGES = "io.github.parallelthreads.benchmarks.race.kernels";

  /** One trial as given on the command line. */
  record Spec(String perturb, int budget, String kernel, long seed) {

    static Spec parse(String text) {
      String[] parts = text.split("/");
      if (parts.length != 4 || !List.of("off", "on").contains(parts[0])) {
        throw new IllegalArgumentException(
            "a trial is <off|on>/<budget>/<kernel>/<seed>, not: " + text);
      }
      return new Spec(parts[0], Integer.parseInt(parts[1]), parts[2], Long.parseLong(parts[3]));
    }

    @Override
    public String toString() {
      return perturb + "/" + budget + "/" + kernel + "/" + seed;
    }

    Runner runner() {
      for (Runner runner : List.of(Runner.EXT_DEFAULT_400, Runner.EXT_DEFAULT)) {
        if (runner.budget == budget) {
          return runner;
        }
      }
      throw new IllegalArgumentException("no default-runner budget of " + budget);
    }

    /** The key is set both ways, so that "off" is the key off and not only a missing key. */
    Map<String, String> configuration() {
      return perturb.equals("on")
          ? Map.of(
              "junit.parallel.perturb",
              "on",
              "junit.parallel.perturb.seed",
              Long.toString(seed),
              "junit.parallel.perturb.packages",
              KERNEL_PACKAGES)
          : Map.of("junit.parallel.perturb", "off");
    }
  }

  public static void main(String[] args) {
    try {
      boolean agent =
          ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
              .anyMatch(option -> option.startsWith("-javaagent:"));
      System.out.println("agent " + agent);
      RunnerLaunch launch = new RunnerLaunch();
      for (String arg : args) {
        Spec spec = Spec.parse(arg);
        RunnerLaunch.Outcome outcome =
            launch.run(
                spec.runner(),
                new Trial(Kernels.byName(spec.kernel()), RaceExposure.THREADS),
                spec.configuration());
        // on must be on (its tests report their noise, even of no point met), off must be off
        if (spec.perturb().equals("on") == (outcome.noisePoints() < 0)) {
          throw new IllegalStateException(
              spec + ": perturbation reports " + (outcome.noisePoints() < 0 ? "none" : "noise"));
        }
        System.out.printf(
            Locale.ROOT,
            "trial %s %d %s %d %s %d %d %.2f %d %d%n",
            spec.perturb(),
            spec.budget(),
            spec.kernel(),
            spec.seed(),
            outcome.firstExposure() == Trial.NONE ? "-" : outcome.firstExposure(),
            outcome.maxInFlight(),
            outcome.nanos(),
            LoadAverage.now(),
            outcome.noisePoints(),
            outcome.pauses());
      }
    } catch (Throwable failure) {
      System.out.println("trials FAILED: " + failure);
      failure.printStackTrace(System.out);
      System.exit(1);
    }
    System.exit(0); // threads a runner left behind must not keep the JVM up
  }

  private PerturbTrials() {}
}
