package io.github.parallelthreads.benchmarks.race;

import io.github.parallelthreads.benchmarks.race.kernels.ArrayListAddKernel;
import io.github.parallelthreads.benchmarks.race.kernels.CheckThenPutKernel;
import io.github.parallelthreads.benchmarks.race.kernels.HalfBuiltPublicationKernel;
import io.github.parallelthreads.benchmarks.race.kernels.HashMapPutKernel;
import io.github.parallelthreads.benchmarks.race.kernels.IdGeneratorKernel;
import io.github.parallelthreads.benchmarks.race.kernels.LazyInitKernel;
import io.github.parallelthreads.benchmarks.race.kernels.RacyCacheKernel;
import io.github.parallelthreads.benchmarks.race.kernels.SharedDateFormatKernel;
import io.github.parallelthreads.benchmarks.race.kernels.SharedStringBuilderKernel;
import io.github.parallelthreads.benchmarks.race.kernels.StaticCounterKernel;
import java.util.ArrayList;
import java.util.List;

/** The corpus. */
final class Kernels {

  /** The name of the race-free kernel that measures what perturbation costs. */
  static final String COST_CONTROL = "synchronized-control";

  static List<Kernel<?>> all() {
    return List.of(
        new IdGeneratorKernel(),
        new StaticCounterKernel(),
        new LazyInitKernel(),
        new HalfBuiltPublicationKernel(),
        new HashMapPutKernel(),
        new ArrayListAddKernel(),
        new SharedDateFormatKernel(),
        new CheckThenPutKernel(),
        new RacyCacheKernel(),
        new SharedStringBuilderKernel());
  }

  /** The corpus and, last, the race-free cost control: what PerturbExposure runs. */
  static List<Kernel<?>> withCostControl() {
    List<Kernel<?>> kernels = new ArrayList<>(all());
    kernels.add(IdGeneratorKernel.synchronizedControl(COST_CONTROL));
    return List.copyOf(kernels);
  }

  /** The kernel of {@link #withCostControl()} with this name. */
  static Kernel<?> byName(String name) {
    return withCostControl().stream()
        .filter(kernel -> kernel.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no kernel named " + name));
  }

  private Kernels() {}
}
