package io.github.parallelthreads.benchmarks;

import io.github.parallelthreads.benchmarks.suite.TrivialSuite;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * The measuring side of {@link SuiteOverhead}, run in a fresh JVM: runs the 2,000-test suite in one
 * or more {@link SuiteSetup}s, taking turns run by run, and prints one line per measured run:
 * {@code <set-up id> <wall ns> <launching thread's CPU ns> <process CPU ns>}.
 *
 * <p>Taking turns inside one JVM pairs the set-ups: both see the same JIT state and the same load
 * from the rest of the machine at nearly the same moment, which a comparison between JVMs cannot
 * give on a shared machine.
 *
 * <p>Arguments: {@code <warm-up runs> <measured runs> <set-up id>...}
 */
public final class SuiteRuns {

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private SuiteRuns() {}

  public static void main(String[] args) {
    int warmupRuns = Integer.parseInt(args[0]);
    int measuredRuns = Integer.parseInt(args[1]);
    List<SuiteSetup> setups = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      setups.add(SuiteSetup.byId(args[i]));
    }
    Launcher launcher = LauncherFactory.create();
    List<LauncherDiscoveryRequest> requests = new ArrayList<>();
    for (SuiteSetup setup : setups) {
      setup.verifyWith(launcher);
      requests.add(setup.request(TrivialSuite.classes()));
    }
    for (int run = 0; run < warmupRuns + measuredRuns; run++) {
      for (int turn = 0; turn < setups.size(); turn++) {
        // A B C, then B C A, ...: no set-up always runs first, so drift falls on all alike
        int index = (turn + run) % setups.size();
        long[] cost = runOnce(launcher, setups.get(index), requests.get(index));
        if (run >= warmupRuns) {
          System.out.println(
              setups.get(index).id() + " " + cost[0] + " " + cost[1] + " " + cost[2]);
        }
      }
    }
  }

  /** Wall, this thread's CPU and process CPU nanoseconds of one full suite run, which must pass. */
  private static long[] runOnce(
      Launcher launcher, SuiteSetup setup, LauncherDiscoveryRequest request) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    long processBefore = OS.getProcessCpuTime();
    long threadBefore = THREADS.getCurrentThreadCpuTime();
    long wallBefore = System.nanoTime();
    launcher.execute(request, listener);
    long wall = System.nanoTime() - wallBefore;
    long thread = THREADS.getCurrentThreadCpuTime() - threadBefore;
    long process = OS.getProcessCpuTime() - processBefore;
    setup.requireAllPassed(listener.getSummary());
    return new long[] {wall, thread, process};
  }
}
