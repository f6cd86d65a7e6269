package io.github.parallelthreads.benchmarks.race;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** PerturbExposure's Markdown: per phase, exposure, time per trial and first exposures. */
final class PerturbTables {

  /** The aim: every kernel exposed in at least 95 % of trials, at most 5 times off's time. */
  private static final double AIM_PROBABILITY = 0.95;

  private static final double AIM_TIME_RATIO = 5.0;

  private record Phase(String name, int budget, String title) {}

  private static final List<Phase> PHASES =
      List.of(
          new Phase(
              "cold",
              PerturbExposure.SHORT,
              "cold: fresh JVMs running one 400-execution trial of each kernel"),
          new Phase(
              "warm",
              PerturbExposure.SHORT,
              "warm: 400-execution trials, each after a 10,000-execution one in the same JVM"),
          new Phase("warm", PerturbExposure.LONG, "10,000-execution trials (the warm JVMs)"));

  static String markdown(List<Kernel<?>> kernels, PerturbCells cells) {
    StringBuilder md = new StringBuilder();
    for (Phase phase : PHASES) {
      md.append("### ").append(phase.title).append("\n\n");
      exposureTable(md, phase, kernels, cells);
      timeTable(md, phase, kernels, cells);
      firstExposureTable(md, phase, kernels, cells);
      aim(md, phase, kernels, cells);
    }
    md.append("Kernels:\n\n");
    for (Kernel<?> kernel : kernels) {
      md.append("- `").append(kernel.name()).append("`: ").append(kernel.race()).append("\n");
    }
    return md.toString();
  }

  private static void exposureTable(
      StringBuilder md, Phase phase, List<Kernel<?>> kernels, PerturbCells cells) {
    md.append(
            "**Probability of exposure within "
                + String.format(Locale.ROOT, "%,d", phase.budget)
                + " executions**, exposed trials / trials (95 % Wilson interval), and the load"
                + " average at the end of the row's trials (min–max).\n\n")
        .append(header("load"));
    for (Kernel<?> kernel : kernels) {
      md.append("| ").append(kernel.name());
      List<Double> loads = new ArrayList<>();
      for (PerturbMode mode : PerturbMode.values()) {
        Exposures cell = cells.cell(phase.name, phase.budget, mode, kernel);
        loads.addAll(cells.loads(phase.name, phase.budget, mode, kernel));
        if (cell.trials() == 0) {
          md.append(" | –");
          continue;
        }
        md.append(" | ").append(cell.share());
      }
      md.append(" | ").append(range(loads)).append(" |\n");
    }
    md.append("\n");
  }

  private static void timeTable(
      StringBuilder md, Phase phase, List<Kernel<?>> kernels, PerturbCells cells) {
    md.append(
            "**Wall time of one trial, ms**, median / p90 (a trial stops at its first exposure),"
                + " and the ratio of the medians to `off`.\n\n")
        .append(header("off+agent / off | on / off"));
    for (Kernel<?> kernel : kernels) {
      md.append("| ").append(kernel.name());
      for (PerturbMode mode : PerturbMode.values()) {
        Exposures cell = cells.cell(phase.name, phase.budget, mode, kernel);
        md.append(
            cell.trials() == 0
                ? " | –"
                : String.format(
                    Locale.ROOT, " | %.1f / %.1f", cell.medianMillis(), cell.p90Millis()));
      }
      md.append(" | ")
          .append(ratio(phase, kernel, cells, PerturbMode.OFF_WITH_AGENT))
          .append(" | ")
          .append(ratio(phase, kernel, cells, PerturbMode.ON))
          .append(" |\n");
    }
    md.append("\n");
  }

  private static void firstExposureTable(
      StringBuilder md, Phase phase, List<Kernel<?>> kernels, PerturbCells cells) {
    md.append(
            "**Median body executions to the first exposure** (a trial without exposure counts"
                + " as more than the budget), and for `on` the noise points the workers passed"
                + " and the pauses they made per trial (medians, from the library's report).\n\n")
        .append(header("`on`: noise points, pauses"));
    for (Kernel<?> kernel : kernels) {
      md.append("| ").append(kernel.name());
      for (PerturbMode mode : PerturbMode.values()) {
        Exposures cell = cells.cell(phase.name, phase.budget, mode, kernel);
        if (cell.trials() == 0) {
          md.append(" | –");
        } else {
          int median = cell.medianFirstExposure();
          md.append(
              median == Trial.NONE
                  ? String.format(Locale.ROOT, " | > %,d", phase.budget)
                  : String.format(Locale.ROOT, " | %,d", median));
        }
      }
      Exposures on = cells.cell(phase.name, phase.budget, PerturbMode.ON, kernel);
      md.append(
          on.trials() == 0
              ? " | –"
              : String.format(
                  Locale.ROOT, " | %,d, %,d", on.medianNoisePoints(), on.medianPauses()));
      md.append(" |\n");
    }
    md.append("\n");
  }

  /** Whether `on` met the aim on every race kernel (the cost control has no race to expose). */
  private static void aim(
      StringBuilder md, Phase phase, List<Kernel<?>> kernels, PerturbCells cells) {
    List<String> short_ = new ArrayList<>();
    int races = 0;
    double worstRatio = 0;
    String worstRatioKernel = "";
    for (Kernel<?> kernel : kernels) {
      Exposures on = cells.cell(phase.name, phase.budget, PerturbMode.ON, kernel);
      Exposures off = cells.cell(phase.name, phase.budget, PerturbMode.OFF, kernel);
      if (on.trials() == 0 || off.trials() == 0) {
        continue;
      }
      double ratio = on.medianMillis() / off.medianMillis();
      if (ratio > worstRatio) {
        worstRatio = ratio;
        worstRatioKernel = kernel.name();
      }
      if (kernel.name().equals(Kernels.COST_CONTROL)) {
        continue; // no race to expose
      }
      races++;
      if (on.probability() < AIM_PROBABILITY) {
        short_.add(kernel.name() + " " + on.exposed() + "/" + on.trials());
      }
    }
    md.append(
        String.format(
            Locale.ROOT,
            "Aim (`on`, every race kernel >= %.0f %%, time <= %.0fx `off`): %d of %d kernels"
                + " reached %.0f %%%s; the largest median time ratio on / off is %.2f (%s).%n%n",
            100 * AIM_PROBABILITY,
            AIM_TIME_RATIO,
            races - short_.size(),
            races,
            100 * AIM_PROBABILITY,
            short_.isEmpty() ? "" : " (below: " + String.join(", ", short_) + ")",
            worstRatio,
            worstRatioKernel));
  }

  private static String ratio(Phase phase, Kernel<?> kernel, PerturbCells cells, PerturbMode mode) {
    Exposures off = cells.cell(phase.name, phase.budget, PerturbMode.OFF, kernel);
    Exposures other = cells.cell(phase.name, phase.budget, mode, kernel);
    if (off.trials() == 0 || other.trials() == 0) {
      return "–";
    }
    return String.format(Locale.ROOT, "%.2f", other.medianMillis() / off.medianMillis());
  }

  private static String header(String extra) {
    StringBuilder header = new StringBuilder("| kernel");
    int columns = 1 + PerturbMode.values().length;
    for (PerturbMode mode : PerturbMode.values()) {
      header.append(" | `").append(mode.id).append('`');
    }
    if (extra != null) {
      header.append(" | ").append(extra);
      columns += extra.split("\\|").length;
    }
    return header.append(" |\n|").append("---|".repeat(columns)).append("\n").toString();
  }

  private static String range(Collection<Double> values) {
    if (values.isEmpty()) {
      return "–";
    }
    double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    return String.format(Locale.ROOT, "%.1f–%.1f", min, max);
  }

  private PerturbTables() {}
}
