package io.github.parallelthreads.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** The measured runs of one set-up in one {@link SuiteRuns} JVM, in milliseconds. */
record SuiteRunTimes(List<Double> wallMillis, List<Double> threadMillis, List<Double> cpuMillis) {

  /** The runs of {@code setup} among the lines a {@link SuiteRuns} JVM printed. */
  static SuiteRunTimes of(List<String> lines, String setup) {
    List<Double> wall = new ArrayList<>();
    List<Double> thread = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    for (String line : lines) {
      String[] fields = line.split(" ");
      if (fields.length == 4 && fields[0].equals(setup)) {
        wall.add(Long.parseLong(fields[1]) / 1e6);
        thread.add(Long.parseLong(fields[2]) / 1e6);
        cpu.add(Long.parseLong(fields[3]) / 1e6);
      }
    }
    if (wall.isEmpty()) {
      throw new IllegalStateException("no measured run of " + setup + " in:\n" + lines);
    }
    return new SuiteRunTimes(wall, thread, cpu);
  }

  double wall() {
    return NearestRank.median(wallMillis);
  }

  double thread() {
    return NearestRank.median(threadMillis);
  }

  /** The mean: single readings are in 10 ms ticks, their mean over many runs is not. */
  double cpu() {
    return cpuMillis.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }
}
