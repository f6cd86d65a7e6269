package io.github.parallelthreads.benchmarks;

import io.github.parallelthreads.benchmarks.suite.TrivialSuite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * What {@code junit.parallel.perturb} costs the 2,000-test suite of {@link SuiteOverhead}: without
 * the extension and with it on four threads, each in a JVM without the library as a Java agent and
 * in one with it (the key off: what the agent alone costs), and on four threads with the key on.
 *
 * <p>Cold: a fresh JVM per set-up that runs the suite once, as a build runs it. Warm: one JVM
 * without and one with the agent, running their set-ups in turns ({@link SuiteRuns}). Cold and warm
 * rounds alternate, and the order of the JVMs rotates, so that load falls on all alike.
 *
 * <p>Usage, from the repository root: {@code PerturbSuiteCost [--agent JAR] [--rounds N]}.
 */
public final class PerturbSuiteCost {

  private static final int WARMUP_RUNS = 2;
  private static final int MEASURED_RUNS = 5;
  private static final List<String> JVM_OPTIONS = List.of("-Xms1g", "-Xmx1g");

  /** One set-up in a JVM with or without the agent. */
  private record Cell(SuiteSetup setup, boolean agent) {
    String label() {
      return "`" + setup.id() + "`, " + (agent ? "agent" : "no agent");
    }
  }

  private static final List<Cell> WITHOUT_AGENT =
      List.of(
          new Cell(SuiteSetup.WITHOUT_EXTENSION, false),
          new Cell(SuiteSetup.EXTENSION_4_THREADS, false));

  private static final List<Cell> WITH_AGENT =
      List.of(
          new Cell(SuiteSetup.WITHOUT_EXTENSION, true),
          new Cell(SuiteSetup.EXTENSION_4_THREADS, true),
          new Cell(SuiteSetup.EXTENSION_4_THREADS_PERTURB, true));

  private final String agentOption;
  private final String classPath;
  private final Map<Cell, List<SuiteRunTimes>> cold = new LinkedHashMap<>();

  /** Per cold JVM, from starting the process to its exit: the JVM's start-up and the agent's. */
  private final Map<Cell, List<Double>> coldProcessMillis = new LinkedHashMap<>();

  private final Map<Cell, List<SuiteRunTimes>> warm = new LinkedHashMap<>();
  private final List<Double> loads = new ArrayList<>();

  private PerturbSuiteCost(Path agent) throws IOException {
    this.agentOption = LibraryAgent.option(agent);
    this.classPath = LibraryAgent.classPath(agent);
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    String agent = null;
    int rounds = 3;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--agent" -> agent = args[i + 1];
        case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    Path jar = LibraryAgent.locate(agent);
    long started = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "load average at the start: %.2f; agent %s; %d rounds%n",
        LoadAverage.now(),
        jar,
        rounds);
    PerturbSuiteCost cost = new PerturbSuiteCost(jar);
    for (int round = 0; round < rounds; round++) {
      cost.coldRound(round);
      cost.warmRound(round);
      System.err.printf(Locale.ROOT, "round %d of %d done%n", round + 1, rounds);
    }
    cost.print();
    System.out.printf(
        Locale.ROOT,
        "%nload average at the end: %.2f; took %.0f s%n",
        LoadAverage.now(),
        (System.nanoTime() - started) / 1e9);
  }

  private void coldRound(int round) throws IOException, InterruptedException {
    List<Cell> all = new ArrayList<>(WITHOUT_AGENT);
    all.addAll(WITH_AGENT);
    for (int i = 0; i < all.size(); i++) {
      Cell cell = all.get((i + round) % all.size());
      long start = System.nanoTime();
      List<String> lines = measure(cell.agent, 0, 1, List.of(cell));
      coldProcessMillis
          .computeIfAbsent(cell, c -> new ArrayList<>())
          .add((System.nanoTime() - start) / 1e6);
      cold.computeIfAbsent(cell, c -> new ArrayList<>())
          .add(SuiteRunTimes.of(lines, cell.setup.id()));
    }
  }

  private void warmRound(int round) throws IOException, InterruptedException {
    List<List<Cell>> jvms = List.of(WITHOUT_AGENT, WITH_AGENT);
    for (int i = 0; i < jvms.size(); i++) {
      List<Cell> jvm = jvms.get((i + round) % jvms.size());
      List<String> lines = measure(jvm.get(0).agent, WARMUP_RUNS, MEASURED_RUNS, jvm);
      for (Cell cell : jvm) {
        warm.computeIfAbsent(cell, c -> new ArrayList<>())
            .add(SuiteRunTimes.of(lines, cell.setup.id()));
      }
    }
  }

  private List<String> measure(boolean agent, int warmup, int measured, List<Cell> cells)
      throws IOException, InterruptedException {
    List<String> options = new ArrayList<>(JVM_OPTIONS);
    if (agent) {
      options.add(agentOption);
    }
    List<String> args = new ArrayList<>(List.of(String.valueOf(warmup), String.valueOf(measured)));
    cells.forEach(cell -> args.add(cell.setup.id()));
    List<String> lines = FreshJvm.run(SuiteRuns.class, options, classPath, args);
    loads.add(LoadAverage.now());
    return lines;
  }

  private void print() {
    System.out.printf(
        Locale.ROOT,
        "%n#### %,d empty tests, one full run, ms (load average after each JVM: %.1f to %.1f)%n%n",
        TrivialSuite.TEST_COUNT,
        loads.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
        loads.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
    System.out.println(
        "| set-up | cold: JVM start to exit | cold: suite wall | cold: suite process CPU"
            + " | warm: wall (median of "
            + MEASURED_RUNS
            + " runs per JVM) | warm: process CPU (mean) |");
    System.out.println("|---|---|---|---|---|---|");
    List<Cell> all = new ArrayList<>(WITHOUT_AGENT);
    all.addAll(WITH_AGENT);
    for (Cell cell : all) {
      System.out.printf(
          "| %s | %s | %s | %s | %s | %s |%n",
          cell.label(),
          coldProcessMillis.get(cell).stream()
              .map(millis -> String.format(Locale.ROOT, "%.0f", millis))
              .collect(Collectors.joining(", ")),
          each(cold.get(cell), SuiteRunTimes::wall),
          each(cold.get(cell), SuiteRunTimes::cpu),
          each(warm.get(cell), SuiteRunTimes::wall),
          each(warm.get(cell), SuiteRunTimes::cpu));
    }
    System.out.println();
    compare(
        "the agent, no extension",
        new Cell(SuiteSetup.WITHOUT_EXTENSION, true),
        new Cell(SuiteSetup.WITHOUT_EXTENSION, false));
    compare(
        "the agent, key off, 4 threads",
        new Cell(SuiteSetup.EXTENSION_4_THREADS, true),
        new Cell(SuiteSetup.EXTENSION_4_THREADS, false));
    compare(
        "key on against off, both with the agent",
        new Cell(SuiteSetup.EXTENSION_4_THREADS_PERTURB, true),
        new Cell(SuiteSetup.EXTENSION_4_THREADS, true));
    compare(
        "key on with the agent against off without it",
        new Cell(SuiteSetup.EXTENSION_4_THREADS_PERTURB, true),
        new Cell(SuiteSetup.EXTENSION_4_THREADS, false));
  }

  /** The median over rounds of both, and the difference per test. */
  private void compare(String what, Cell cell, Cell baseline) {
    for (String phase : List.of("cold", "warm")) {
      Map<Cell, List<SuiteRunTimes>> runs = phase.equals("cold") ? cold : warm;
      double value = median(runs.get(cell), SuiteRunTimes::wall);
      double base = median(runs.get(baseline), SuiteRunTimes::wall);
      System.out.printf(
          Locale.ROOT,
          "- %s, %s: %.0f against %.0f ms wall (medians over rounds), %+.1f %%, %+.3f ms per test%n",
          what,
          phase,
          value,
          base,
          100 * (value - base) / base,
          (value - base) / TrivialSuite.TEST_COUNT);
    }
  }

  private static double median(List<SuiteRunTimes> rounds, ToDoubleFunction<SuiteRunTimes> value) {
    return NearestRank.median(rounds.stream().map(value::applyAsDouble).toList());
  }

  private static String each(List<SuiteRunTimes> rounds, ToDoubleFunction<SuiteRunTimes> value) {
    List<String> values = new ArrayList<>();
    for (SuiteRunTimes round : rounds) {
      values.add(String.format(Locale.ROOT, "%.0f", value.applyAsDouble(round)));
    }
    return String.join(", ", values);
  }
}
