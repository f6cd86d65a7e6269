package io.github.parallelthreads.benchmarks;

import io.github.parallelthreads.benchmarks.suite.TrivialSuite;
import java.util.concurrent.TimeUnit;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Wall time of one full run (discovery and execution) of {@link TrivialSuite}'s 2,000 empty tests
 * through the JUnit Platform launcher, in each {@link SuiteSetup}. One operation is one whole suite
 * run, so it is timed once per iteration.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 25)
@Measurement(iterations = 20)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class SuiteOverheadBenchmark {

  /** A {@link SuiteSetup} id. */
  @Param({"without-extension", "no-op-extension", "extension-1-thread", "extension-4-threads"})
  public String setup;

  private SuiteSetup suiteSetup;
  private Launcher launcher;
  private LauncherDiscoveryRequest suite;

  /** Builds the launcher and request once, and checks the set-up does what it says. */
  @Setup(Level.Trial)
  public void prepare() {
    suiteSetup = SuiteSetup.byId(setup);
    launcher = LauncherFactory.create();
    suiteSetup.verifyWith(launcher);
    suite = suiteSetup.request(TrivialSuite.classes());
  }

  /** Runs the whole suite once; a timing of a suite that did not pass would mean nothing. */
  @Benchmark
  public long runSuite() {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(suite, listener);
    TestExecutionSummary summary = listener.getSummary();
    suiteSetup.requireAllPassed(summary);
    return summary.getTestsSucceededCount();
  }
}
