package io.github.parallelthreads.benchmarks;

import io.github.parallelthreads.benchmarks.suite.ScaleTests;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * The measuring side of {@link Scale}, run in a fresh JVM for one cell: runs {@link ScaleTests}
 * through the launcher on the given threads and iterations, and prints {@code <median wall ns>
 * <runs> <peak heap bytes> <peak resident KB>}.
 *
 * <p>One small run first loads and compiles the launcher and the extension, so that the cell
 * measures running the test, not starting the JVM. The cell is then run until {@link #MAX_RUNS}
 * runs or {@link #ENOUGH_NANOS} of measuring, whichever comes first.
 *
 * <p>Arguments: {@code <threads> <iterations>}
 */
public final class ScaleCell {

  private static final int MAX_RUNS = 5;
  private static final long ENOUGH_NANOS = 2_000_000_000L;

  private ScaleCell() {}

  public static void main(String[] args) throws IOException {
    int threads = Integer.parseInt(args[0]);
    int iterations = Integer.parseInt(args[1]);
    Launcher launcher = LauncherFactory.create();
    runOnce(launcher, 2, 10);
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    List<Long> walls = new ArrayList<>();
    long measured = 0;
    while (walls.size() < MAX_RUNS && measured < ENOUGH_NANOS) {
      long wall = runOnce(launcher, threads, iterations);
      walls.add(wall);
      measured += wall;
    }
    System.out.println(
        NearestRank.median(walls)
            + " "
            + walls.size()
            + " "
            + peakHeapBytes()
            + " "
            + peakResidentKilobytes());
  }

  private static long runOnce(Launcher launcher, int threads, int iterations) {
    ScaleTests.reset();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    long started = System.nanoTime();
    launcher.execute(
        LibraryOnlyRequest.of(
            ScaleTests.class,
            Map.of(
                "junit.parallel.threads",
                String.valueOf(threads),
                "junit.parallel.iterations",
                String.valueOf(iterations),
                "junit.parallel.timeout",
                "10m")),
        listener);
    long wall = System.nanoTime() - started;
    long expected = (long) threads * iterations;
    if (listener.getSummary().getTestsSucceededCount() != 1 || ScaleTests.bodiesRun() != expected) {
      throw new IllegalStateException(
          "expected one passing test and "
              + expected
              + " bodies on "
              + threads
              + " threads x "
              + iterations
              + " iterations; tests passed: "
              + listener.getSummary().getTestsSucceededCount()
              + ", bodies run: "
              + ScaleTests.bodiesRun());
    }
    return wall;
  }

  /** The sum of the heap pools' peak use since the reset: an upper bound of the live heap. */
  private static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /**
   * The process's peak resident set (Linux's VmHWM): heap, thread stacks and JVM alike; -1 where
   * /proc is not there.
   */
  private static long peakResidentKilobytes() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return -1;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }
}
