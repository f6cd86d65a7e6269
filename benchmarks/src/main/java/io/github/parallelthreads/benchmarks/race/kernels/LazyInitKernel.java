package io.github.parallelthreads.benchmarks.race.kernels;

import io.github.parallelthreads.benchmarks.race.Kernel;
import io.github.parallelthreads.benchmarks.race.RaceExposedError;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Check-then-act lazy initialisation: two callers both see null and both initialise. */
public final class LazyInitKernel extends Kernel<LazyInitKernel.Service> {

  /** The unsafe code: a service that builds its expensive resource on first use. */
  public static final class Service {
    private Map<String, Integer> resource;
    private final AtomicInteger builds = new AtomicInteger();

    Map<String, Integer> resource() {
      if (resource == null) {
        resource = build();
      }
      return resource;
    }

    private Map<String, Integer> build() {
      builds.incrementAndGet();
      Map<String, Integer> built = new HashMap<>();
      for (int i = 0; i < 32; i++) {
        built.put("entry-" + i, i);
      }
      return built;
    }
  }

  public LazyInitKernel() {
    super("lazy-init", "if (x == null) x = build(): built twice");
  }

  @Override
  protected Service newState() {
    return new Service();
  }

  @Override
  protected void exercise(Service service, int execution) {
    service.resource();
    int builds = service.builds.get();
    if (builds != 1) {
      throw new RaceExposedError("the resource was built " + builds + " times, expected once");
    }
  }
}
