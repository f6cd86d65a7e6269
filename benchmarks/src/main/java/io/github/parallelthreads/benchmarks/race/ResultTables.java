package io.github.parallelthreads.benchmarks.race;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Markdown tables and CSV of the results. */
final class ResultTables {

  static String markdown(
      List<Kernel<?>> kernels, List<Runner> runners, Map<String, Exposures> cells) {
    StringBuilder md = new StringBuilder();
    String header =
        "| kernel | "
            + runners.stream().map(r -> r.id).collect(Collectors.joining(" | "))
            + " |\n|---|"
            + "---|".repeat(runners.size())
            + "\n";
    md.append(
            "**Probability of exposing the race within the budget**, exposed trials / trials"
                + " (95 % Wilson interval).\n\n")
        .append(header);
    for (Kernel<?> kernel : kernels) {
      md.append("| ").append(kernel.name());
      for (Runner runner : runners) {
        md.append(" | ").append(cells.get(ExposureChart.key(kernel, runner)).share());
      }
      md.append(" |\n");
    }
    md.append(
            "\n**Median body executions to the first exposure** (a trial without exposure counts"
                + " as more than the budget).\n\n")
        .append(header);
    for (Kernel<?> kernel : kernels) {
      md.append("| ").append(kernel.name());
      for (Runner runner : runners) {
        int median = cells.get(ExposureChart.key(kernel, runner)).medianFirstExposure();
        md.append(
            median == Trial.NONE
                ? String.format(Locale.ROOT, " | > %,d", RaceExposure.BUDGET)
                : String.format(Locale.ROOT, " | %,d", median));
      }
      md.append(" |\n");
    }
    md.append(
            "\n**Most bodies running at the same moment** (median over trials) and **median"
                + " wall time of one trial, ms**.\n\n")
        .append(header);
    for (Kernel<?> kernel : kernels) {
      md.append("| ").append(kernel.name());
      for (Runner runner : runners) {
        Exposures cell = cells.get(ExposureChart.key(kernel, runner));
        md.append(
            String.format(
                Locale.ROOT, " | %d, %.0f ms", cell.medianMaxInFlight(), cell.medianMillis()));
      }
      md.append(" |\n");
    }
    md.append("\nRunners:\n\n");
    for (Runner runner : runners) {
      md.append("- `").append(runner.id).append("`: ").append(runner.description).append("\n");
    }
    md.append("\nKernels:\n\n");
    for (Kernel<?> kernel : kernels) {
      md.append("- `").append(kernel.name()).append("`: ").append(kernel.race()).append("\n");
    }
    return md.toString();
  }

  static String csv(List<Kernel<?>> kernels, List<Runner> runners, Map<String, Exposures> cells) {
    StringBuilder csv = new StringBuilder("kernel,runner,trial,first_exposure\n");
    for (Kernel<?> kernel : kernels) {
      for (Runner runner : runners) {
        List<Integer> firsts = cells.get(ExposureChart.key(kernel, runner)).firstExposures();
        for (int t = 0; t < firsts.size(); t++) {
          int first = firsts.get(t);
          csv.append(kernel.name())
              .append(',')
              .append(runner.id)
              .append(',')
              .append(t)
              .append(',')
              .append(first == Trial.NONE ? "" : Integer.toString(first))
              .append('\n');
        }
      }
    }
    return csv.toString();
  }

  private ResultTables() {}
}
