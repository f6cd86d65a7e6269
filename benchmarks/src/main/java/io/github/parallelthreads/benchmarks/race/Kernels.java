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
import java.util.List;

/** The corpus. */
final class Kernels {

  static List<Kernel<?>> all() {
    return List.of(
        new IdGeneratorKernel(),
        new LazyInitKernel(),
        new HalfBuiltPublicationKernel(),
        new HashMapPutKernel(),
        new ArrayListAddKernel(),
        new SharedDateFormatKernel(),
        new CheckThenPutKernel(),
        new RacyCacheKernel(),
        new SharedStringBuilderKernel());
  }

  private Kernels() {}
}
