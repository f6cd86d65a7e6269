package io.github.parallelthreads.benchmarks;

import io.github.parallelthreads.benchmarks.suite.HeapGrowthTests;
import java.util.List;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The measuring side of {@link HeapGrowth}, run in a fresh JVM: runs the whole {@link
 * HeapGrowthTests} suite in one {@link SuiteSetup}, in one launcher execution as a build tool runs
 * a suite, and prints a {@link HeapCheckpoint} line at its start and after every so many tests.
 *
 * <p>Arguments: {@code <set-up id> <tests between checkpoints>}
 */
public final class HeapGrowthRun {

  private HeapGrowthRun() {}

  public static void main(String[] args) {
    SuiteSetup setup = SuiteSetup.byId(args[0]);
    HeapCheckpoints checkpoints = new HeapCheckpoints(Integer.parseInt(args[1]));
    Launcher launcher = LauncherFactory.create();
    setup.verifyWith(launcher);
    launcher.execute(setup.request(List.of(HeapGrowthTests.class)), checkpoints);
    checkpoints.requireAllPassed(HeapGrowthTests.TESTS);
  }
}
