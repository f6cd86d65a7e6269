package io.github.parallelthreads.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * The machine's one-minute load average, which the harnesses print at their start and end: a shared
 * machine's load can move their numbers more than the effects they measure.
 */
public final class LoadAverage {

  private LoadAverage() {}

  /** The load average now; negative where the platform does not provide one. */
  public static double now() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
