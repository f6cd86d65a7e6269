package io.github.parallelthreads.benchmarks.race;

import io.github.parallelthreads.benchmarks.LoadAverage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Race exposure against peers: every kernel of the corpus under every runner, the same budget (4
 * threads, 10,000 body executions), over repeated trials, all in one JVM on one machine.
 *
 * <p>Usage: {@code RaceExposure [--trials N] [--out DIR]}. Prints Markdown tables, writes
 * exposures.csv and race-exposure.svg into DIR (default benchmarks/target/race-exposure), and exits
 * non-zero if any runner did not run its budget or any test failed for another reason than the
 * race.
 */
public final class RaceExposure {

  static final int THREADS = 4;
  static final int BUDGET = 10_000;

  public static void main(String[] args) {
    int trials = 30;
    Path out = Path.of("benchmarks", "target", "race-exposure");
    try {
      for (int i = 0; i < args.length; i += 2) { // every option takes a value
        switch (args[i]) {
          case "--trials" -> trials = positive(args[i], valueAfter(args, i, "an integer >= 1"));
          case "--out" -> out = Path.of(valueAfter(args, i, "a directory"));
          default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
        }
      }
    } catch (IllegalArgumentException usage) {
      System.err.println(usage.getMessage() + "; usage: RaceExposure [--trials N] [--out DIR]");
      System.exit(2);
    }
    try {
      new RaceExposure().run(trials, out);
    } catch (Throwable failure) {
      // every failure must reach System.exit too: threads a runner left behind keep the JVM up
      System.err.println("race exposure run FAILED: " + failure);
      failure.printStackTrace();
      System.exit(1);
    }
    System.exit(0); // threads a runner left behind must not keep the JVM up
  }

  private void run(int trials, Path out) throws IOException {
    List<Kernel<?>> kernels = Kernels.all();
    List<Runner> runners =
        Arrays.stream(Runner.values()).filter(runner -> runner.budget == BUDGET).toList();
    Instant started = Instant.now();
    System.out.printf(
        Locale.ROOT,
        "started %s, load average %.2f, %d processors, %s, %d trials%n%n",
        started,
        LoadAverage.now(),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
        trials);
    SequentialControl.run(kernels, BUDGET);

    Map<String, Exposures> cells = new LinkedHashMap<>();
    for (Kernel<?> kernel : kernels) {
      for (Runner runner : runners) {
        cells.put(ExposureChart.key(kernel, runner), new Exposures());
      }
    }
    RunnerLaunch launch = new RunnerLaunch();
    for (int trial = 0; trial < trials; trial++) {
      for (int k = 0; k < kernels.size(); k++) {
        Kernel<?> kernel = kernels.get(k);
        // a different runner goes first each time, so that load falls on all of them alike
        for (int r = 0; r < runners.size(); r++) {
          Runner runner = runners.get((trial + k + r) % runners.size());
          RunnerLaunch.Outcome outcome = launch.run(runner, new Trial(kernel, THREADS));
          cells.get(ExposureChart.key(kernel, runner)).add(outcome);
        }
      }
      System.err.printf(Locale.ROOT, "trial %d of %d done%n", trial + 1, trials);
    }
    String tables = ResultTables.markdown(kernels, runners, cells);
    System.out.println(tables);
    printEnd(started);
    Files.createDirectories(out);
    Files.writeString(out.resolve("exposures.csv"), ResultTables.csv(kernels, runners, cells));
    Files.writeString(out.resolve("tables.md"), tables);
    Files.writeString(
        out.resolve("race-exposure.svg"),
        ExposureChart.svg(
            kernels,
            runners,
            cells,
            String.format(
                Locale.ROOT,
                "Probability of exposing the race within %,d body executions on %d threads"
                    + " (%d trials, 95%% Wilson intervals)",
                BUDGET,
                THREADS,
                trials)));
    System.out.println("wrote " + out.toAbsolutePath());
  }

  /** The harnesses' last line: when the run ended, how long it took, and the load then. */
  static void printEnd(Instant started) {
    Instant ended = Instant.now();
    System.out.printf(
        Locale.ROOT,
        "ended %s after %d s, load average %.2f%n",
        ended,
        Duration.between(started, ended).toSeconds(),
        LoadAverage.now());
  }

  /** The value given to the option at {@code args[i]}; a usage error naming it if there is none. */
  private static String valueAfter(String[] args, int i, String expected) {
    if (i + 1 == args.length) {
      throw new IllegalArgumentException(args[i] + " needs a value: " + expected);
    }
    return args[i + 1];
  }

  private static int positive(String option, String value) {
    int parsed;
    try {
      parsed = Integer.parseInt(value);
    } catch (NumberFormatException notANumber) {
      parsed = 0;
    }
    if (parsed < 1) {
      throw new IllegalArgumentException(option + " must be an integer >= 1: " + value);
    }
    return parsed;
  }

  private RaceExposure() {}
}
