package io.github.parallelthreads.benchmarks.race;

import io.github.parallelthreads.benchmarks.NearestRank;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

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

  /** Exposed trials / trials and the 95 % interval, as the tables show them: "29/30 (83–99 %)". */
  String share() {
    double[] interval = interval();
    return String.format(
        Locale.ROOT,
        "%d/%d (%.0f–%.0f %%)",
        exposed(),
        trials(),
        100 * interval[0],
        100 * interval[1]);
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
    return NearestRank.median(firstExposures());
  }

  int medianMaxInFlight() {
    return NearestRank.median(each(RunnerLaunch.Outcome::maxInFlight));
  }

  long medianNoisePoints() {
    return NearestRank.median(each(RunnerLaunch.Outcome::noisePoints));
  }

  long medianPauses() {
    return NearestRank.median(each(RunnerLaunch.Outcome::pauses));
  }

  double medianMillis() {
    return NearestRank.median(each(RunnerLaunch.Outcome::nanos)) / 1e6;
  }

  double p90Millis() {
    List<Long> sorted = new ArrayList<>(each(RunnerLaunch.Outcome::nanos));
    sorted.sort(null);
    return sorted.get(NearestRank.index(90, sorted.size())) / 1e6;
  }

  List<Integer> firstExposures() {
    return each(RunnerLaunch.Outcome::firstExposure);
  }

  private <T> List<T> each(Function<RunnerLaunch.Outcome, T> field) {
    return outcomes.stream().map(field).toList();
  }
}
