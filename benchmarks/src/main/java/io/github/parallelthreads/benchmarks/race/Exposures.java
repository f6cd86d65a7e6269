package io.github.parallelthreads.benchmarks.race;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** The trials of one runner on one kernel: how often, and how soon, the race was exposed. */
final class Exposures {

  private final List<RunnerLaunch.Outcome> outcomes = new ArrayList<>();

  void add(RunnerLaunch.Outcome outcome) {
    outcomes.add(outcome);
  }

  int trials() {
    return outcomes.size();
  }

  int exposed() {
    return (int) firstExposures().stream().filter(k -> k != Trial.NONE).count();
  }

  double probability() {
    return (double) exposed() / trials();
  }

  /** Wilson score interval, 95 %: sound for proportions near 0 and 1, unlike the normal one. */
  double[] interval() {
    double n = trials();
    double p = probability();
    double z = 1.959964;
    double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }

  /**
   * Median executions to the first exposure, counting a trial without exposure as beyond the
   * budget; {@link Trial#NONE} when more than half the trials did not expose the race.
   */
  int medianFirstExposure() {
    List<Integer> sorted = new ArrayList<>(firstExposures());
    Collections.sort(sorted);
    return sorted.get((sorted.size() - 1) / 2);
  }

  int medianMaxInFlight() {
    List<Integer> sorted =
        outcomes.stream().map(RunnerLaunch.Outcome::maxInFlight).collect(Collectors.toList());
    Collections.sort(sorted);
    return sorted.get((sorted.size() - 1) / 2);
  }

  double medianMillis() {
    List<Long> sorted =
        outcomes.stream().map(RunnerLaunch.Outcome::nanos).collect(Collectors.toList());
    Collections.sort(sorted);
    return sorted.get((sorted.size() - 1) / 2) / 1e6;
  }

  List<Integer> firstExposures() {
    return outcomes.stream().map(RunnerLaunch.Outcome::firstExposure).toList();
  }
}
