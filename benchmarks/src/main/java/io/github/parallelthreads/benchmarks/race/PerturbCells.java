package io.github.parallelthreads.benchmarks.race;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** PerturbExposure's results: the trials of every phase, budget, mode and kernel. */
final class PerturbCells {

  /** One trial as a {@link PerturbTrials} JVM reported it. */
  record Row(
      String phase,
      PerturbMode mode,
      int budget,
      String kernel,
      long seed,
      RunnerLaunch.Outcome outcome,
      double load) {}

  private final List<Row> rows = new ArrayList<>();
  private final Map<String, Exposures> exposures = new LinkedHashMap<>();
  private final Map<String, List<Double>> loads = new LinkedHashMap<>();

  /** Files a {@code trial ...} line of a JVM of this phase, with or without the agent. */
  void add(String phase, boolean agent, String line) {
    String[] f = line.split(" ");
    if (f.length != 11) {
      throw new IllegalStateException("not a trial line: " + line);
    }
    RunnerLaunch.Outcome outcome =
        new RunnerLaunch.Outcome(
            f[5].equals("-") ? Trial.NONE : Integer.parseInt(f[5]),
            Integer.parseInt(f[6]),
            Long.parseLong(f[7]),
            Long.parseLong(f[9]),
            Long.parseLong(f[10]));
    Row row =
        new Row(
            phase,
            PerturbMode.of(agent, f[1]),
            Integer.parseInt(f[2]),
            f[3],
            Long.parseLong(f[4]),
            outcome,
            Double.parseDouble(f[8]));
    rows.add(row);
    String key = key(row.phase, row.budget, row.mode, row.kernel);
    exposures.computeIfAbsent(key, k -> new Exposures()).add(outcome);
    loads.computeIfAbsent(key, k -> new ArrayList<>()).add(row.load);
  }

  /** The trials of one cell; empty when none ran. */
  Exposures cell(String phase, int budget, PerturbMode mode, Kernel<?> kernel) {
    return exposures.getOrDefault(key(phase, budget, mode, kernel.name()), new Exposures());
  }

  /** The load averages at the end of the cell's trials. */
  List<Double> loads(String phase, int budget, PerturbMode mode, Kernel<?> kernel) {
    return loads.getOrDefault(key(phase, budget, mode, kernel.name()), List.of());
  }

  String csv() {
    StringBuilder csv =
        new StringBuilder(
            "phase,perturb,budget,kernel,seed,first_exposure,max_in_flight,millis,load,noise_points,pauses\n");
    for (Row row : rows) {
      csv.append(
          String.format(
              Locale.ROOT,
              "%s,%s,%d,%s,%s,%s,%d,%.3f,%.2f,%s,%s%n",
              row.phase,
              row.mode.id,
              row.budget,
              row.kernel,
              row.mode == PerturbMode.ON ? Long.toString(row.seed) : "",
              row.outcome.firstExposure() == Trial.NONE
                  ? ""
                  : Integer.toString(row.outcome.firstExposure()),
              row.outcome.maxInFlight(),
              row.outcome.nanos() / 1e6,
              row.load,
              row.outcome.noisePoints() < 0 ? "" : Long.toString(row.outcome.noisePoints()),
              row.outcome.pauses() < 0 ? "" : Long.toString(row.outcome.pauses())));
    }
    return csv.toString();
  }

  private static String key(String phase, int budget, PerturbMode mode, String kernel) {
    return phase + "/" + budget + "/" + mode.id + "/" + kernel;
  }
}
