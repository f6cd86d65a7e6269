package io.github.parallelthreads.benchmarks.race;

import io.github.parallelthreads.benchmarks.FreshJvm;
import io.github.parallelthreads.benchmarks.LibraryAgent;
import io.github.parallelthreads.benchmarks.LoadAverage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Race exposure with and without {@code junit.parallel.perturb}: every kernel of the corpus (and a
 * race-free cost control) under the extension's default runner, 4 threads, perturbation off without
 * the agent, off with the agent present, and on, at 400 and 10,000 body executions.
 *
 * <p>Cold: fresh JVMs that run nothing but one 400-execution trial of each kernel, as a test runs
 * once in a real suite. Warm: JVMs in which every 400-execution trial follows a 10,000-execution
 * trial of the same kernel (off without the agent, and on; off with the agent runs its 400 trials
 * in the JVM of the on trials, and the race-free control runs no 10,000 trials). The three settings
 * take turns JVM by JVM (cold) and trial by trial within a JVM with the agent (warm), and cold and
 * warm alternate in groups of 5 rounds, so that load from elsewhere falls on all of them alike.
 *
 * <p>Usage: {@code PerturbExposure [--trials N] [--seed S] [--agent JAR] [--out DIR]}, from the
 * repository root. Prints Markdown tables and writes every trial (with the seed of each {@code on}
 * trial, which {@link PerturbTrials} can run again) to DIR/perturb-trials.csv.
 */
public final class PerturbExposure {

  static final int SHORT = 400;
  static final int LONG = 10_000;
  private static final int ROUNDS_PER_GROUP = 5;

  private final List<Kernel<?>> kernels = Kernels.withCostControl();
  private final PerturbCells cells = new PerturbCells();
  private final String agentOption;
  private final String classPath;
  private final SplittableRandom seeds;

  private PerturbExposure(Path agent, long seed) throws IOException {
    this.agentOption = LibraryAgent.option(agent);
    this.classPath = LibraryAgent.classPath(agent);
    this.seeds = new SplittableRandom(seed);
  }

  public static void main(String[] args) {
    int trials = 30;
    long seed = System.nanoTime();
    String agent = null;
    Path out = Path.of("benchmarks", "target", "perturb-exposure");
    try {
      for (int i = 0; i < args.length; i += 2) { // every option takes a value
        String value = i + 1 < args.length ? args[i + 1] : null;
        if (value == null) {
          throw new IllegalArgumentException(args[i] + " needs a value");
        }
        switch (args[i]) {
          case "--trials" -> trials = Integer.parseInt(value);
          case "--seed" -> seed = Long.parseLong(value);
          case "--agent" -> agent = value;
          case "--out" -> out = Path.of(value);
          default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
        }
      }
      if (trials < 1) {
        throw new IllegalArgumentException("--trials must be >= 1: " + trials);
      }
    } catch (IllegalArgumentException usage) {
      System.err.println(
          usage.getMessage()
              + "; usage: PerturbExposure [--trials N] [--seed S] [--agent JAR] [--out DIR]");
      System.exit(2);
    }
    try {
      Path jar = LibraryAgent.locate(agent);
      System.out.printf(
          Locale.ROOT,
          "started %s, load average %.2f, %d processors, %s, %d trials a cell, seed %d,"
              + " agent %s%n%n",
          Instant.now(),
          LoadAverage.now(),
          Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
          trials,
          seed,
          jar);
      new PerturbExposure(jar, seed).run(trials, out);
    } catch (Throwable failure) {
      System.err.println("perturb exposure run FAILED: " + failure);
      failure.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  private void run(int trials, Path out) throws IOException, InterruptedException {
    Instant started = Instant.now();
    SequentialControl.run(kernels, LONG);
    for (int first = 0; first < trials; first += ROUNDS_PER_GROUP) {
      int last = Math.min(trials, first + ROUNDS_PER_GROUP);
      for (int round = first; round < last; round++) {
        for (PerturbMode mode : rotated(List.of(PerturbMode.values()), round)) {
          List<PerturbTrials.Spec> specs = new ArrayList<>();
          for (Kernel<?> kernel : rotated(kernels, round)) {
            specs.add(spec(mode, SHORT, kernel));
          }
          runJvm("cold", mode.agent, specs);
        }
        write(out);
        System.err.printf(Locale.ROOT, "cold round %d of %d done%n", round + 1, trials);
      }
      for (List<PerturbMode> jvm :
          rotated(List.of(PerturbMode.withoutAgent(), PerturbMode.withAgent()), first)) {
        List<PerturbTrials.Spec> specs = new ArrayList<>();
        for (int round = first; round < last; round++) {
          for (Kernel<?> kernel : rotated(kernels, round)) {
            for (PerturbMode mode : rotated(jvm, round)) {
              // The control never stops early, and off with the agent is shown by the 400-execution
              // cells: 10,000 executions take seconds each under load, and the run must end.
              if (!kernel.name().equals(Kernels.COST_CONTROL)
                  && mode != PerturbMode.OFF_WITH_AGENT) {
                specs.add(spec(mode, LONG, kernel));
              }
              specs.add(spec(mode, SHORT, kernel));
            }
          }
        }
        runJvm("warm", jvm.get(0).agent, specs);
        write(out);
      }
      System.err.printf(Locale.ROOT, "warm rounds %d to %d done%n", first + 1, last);
    }
    System.out.println(write(out));
    RaceExposure.printEnd(started);
    System.out.println("wrote " + out.toAbsolutePath());
  }

  /** Writes what has been measured so far: a run cut short still leaves its trials. */
  private String write(Path out) throws IOException {
    String tables = PerturbTables.markdown(kernels, cells);
    Files.createDirectories(out);
    Files.writeString(out.resolve("perturb-trials.csv"), cells.csv());
    Files.writeString(out.resolve("tables.md"), tables);
    return tables;
  }

  private PerturbTrials.Spec spec(PerturbMode mode, int budget, Kernel<?> kernel) {
    return new PerturbTrials.Spec(mode.key, budget, kernel.name(), seeds.nextLong());
  }

  /** Runs the trials in one fresh JVM and files each result under its phase and mode. */
  private void runJvm(String phase, boolean agent, List<PerturbTrials.Spec> specs)
      throws IOException, InterruptedException {
    List<String> options = agent ? List.of(agentOption) : List.of();
    List<String> lines =
        FreshJvm.run(
            PerturbTrials.class,
            options,
            classPath,
            specs.stream().map(PerturbTrials.Spec::toString).toList());
    if (!lines.contains("agent " + agent)) {
      throw new IllegalStateException(
          "the trial JVM does not say 'agent " + agent + "':\n" + lines);
    }
    int filed = 0;
    for (String line : lines) {
      if (line.startsWith("trial ")) {
        cells.add(phase, agent, line);
        filed++;
      }
    }
    if (filed != specs.size()) {
      throw new IllegalStateException(
          "asked for " + specs.size() + " trials, got " + filed + ":\n" + lines);
    }
  }

  /** The list starting at its {@code by}-th element (modulo its size), wrapping around. */
  static <T> List<T> rotated(List<T> list, int by) {
    List<T> rotated = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      rotated.add(list.get((i + by) % list.size()));
    }
    return rotated;
  }
}
