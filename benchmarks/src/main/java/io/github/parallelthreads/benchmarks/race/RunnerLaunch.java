package io.github.parallelthreads.benchmarks.race;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.parallelthreads.ParallelThreadsExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.opentest4j.MultipleFailuresError;

/** Runs one runner's test class for one trial and checks that it did what it was asked. */
final class RunnerLaunch {

  /**
   * What the harness needs from one launch; with perturbation on, also the noise points the workers
   * passed and the pauses they made, summed over the launch's tests; both -1 when no test reported
   * perturbation (it was off).
   */
  record Outcome(int firstExposure, int maxInFlight, long nanos, long noisePoints, long pauses) {}

  /** The report entry the library publishes for every test run with perturbation on. */
  private static final String PERTURBATION_REPORT_KEY =
      ParallelThreadsExtension.PERTURBATION_REPORT_KEY;

  private static final Pattern NOISE =
      Pattern.compile("passed (\\d+) noise points(?:,| and) paused at (\\d+)");

  /** How long threads a runner leaves behind get to finish. */
  private static final Duration LEFT_RUNNING_GRACE = Duration.ofSeconds(60);

  private final Launcher launcher;

  RunnerLaunch() {
    // the extension's end-of-run summary would print after every launch; the launcher reads
    // this when it is created, not per request
    System.setProperty(
        "junit.platform.execution.listeners.deactivate",
        "io.github.parallelthreads.internal.RunSummary");
    this.launcher = LauncherFactory.create();
  }

  Outcome run(Runner runner, Trial trial) {
    return run(runner, trial, Map.of());
  }

  /** One trial with more configuration parameters than the runner's own. */
  Outcome run(Runner runner, Trial trial, Map<String, String> configuration) {
    Trial.begin(trial);
    Failures failures = new Failures();
    LauncherDiscoveryRequestBuilder request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectClass(runner.testClass))
            .filters(EngineFilter.includeEngines(runner.engine));
    runner.configuration.forEach(request::configurationParameter);
    configuration.forEach(request::configurationParameter);
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    long start = System.nanoTime();
    launcher.execute(request.build(), failures);
    long nanos = System.nanoTime() - start;
    awaitThreadsStartedSince(before, runner, trial);
    check(runner, trial, failures);
    return new Outcome(
        trial.firstExposure(), trial.maxInFlight(), nanos, failures.noisePoints, failures.pauses);
  }

  /**
   * A runner may return while its threads still run bodies (tempus-fugit reports the first failure
   * without waiting for its other threads); they must not run into the next trial.
   */
  private static void awaitThreadsStartedSince(Set<Thread> before, Runner runner, Trial trial) {
    long deadline = System.nanoTime() + LEFT_RUNNING_GRACE.toNanos();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (before.contains(thread) || isCommonPoolWorker(thread)) {
        continue; // the common pool is the JVM's and keeps idle workers for a while
      }
      try {
        long remaining = deadline - System.nanoTime();
        thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(remaining)));
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", interrupted);
      }
      if (thread.isAlive()) {
        throw new IllegalStateException(
            runner.id
                + " on "
                + trial.kernel().name()
                + ": thread '"
                + thread.getName()
                + "' was still running "
                + LEFT_RUNNING_GRACE.toSeconds()
                + " s after the launch returned");
      }
    }
  }

  private static boolean isCommonPoolWorker(Thread thread) {
    return thread instanceof ForkJoinWorkerThread worker
        && worker.getPool() == ForkJoinPool.commonPool();
  }

  private static void check(Runner runner, Trial trial, Failures failures) {
    int budget = runner.budget;
    String where = runner.id + " on " + trial.kernel().name() + ": ";
    if (!trial.unexpected().isEmpty()) {
      throw new IllegalStateException(
          where + "the body failed for another reason than the race", trial.unexpected().peek());
    }
    for (Throwable failure : failures.failures) {
      if (!isRace(failure)) {
        throw new IllegalStateException(
            where + "a test failed for another reason than the race", failure);
      }
    }
    boolean exposed = trial.firstExposure() != Trial.NONE;
    if (exposed && failures.failures.isEmpty()) {
      throw new IllegalStateException(where + "the race was exposed but no test failed");
    }
    if (!exposed && !failures.failures.isEmpty()) {
      throw new IllegalStateException(where + "a test failed but the race was not exposed");
    }
    boolean mayStopEarly = exposed && runner.stopsAtFirstFailure;
    if (mayStopEarly
        ? trial.invocations() > budget || trial.invocations() < trial.firstExposure()
        : trial.invocations() != budget) {
      throw new IllegalStateException(
          where
              + "the runner invoked the body "
              + trial.invocations()
              + " times, budget "
              + budget);
    }
    if (failures.started == 0) {
      throw new IllegalStateException(where + "the engine " + runner.engine + " ran no test");
    }
  }

  /** The extension groups its threads' failures; every one of them must be the race. */
  private static boolean isRace(Throwable failure) {
    if (failure instanceof MultipleFailuresError multiple && !multiple.getFailures().isEmpty()) {
      return multiple.getFailures().stream().allMatch(RunnerLaunch::isRace);
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof RaceExposedError) {
        return true;
      }
    }
    return false;
  }

  private static final class Failures implements TestExecutionListener {
    final List<Throwable> failures = new ArrayList<>();
    int started;
    long noisePoints = -1;
    long pauses = -1;

    @Override
    public synchronized void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
      String report = entry.getKeyValuePairs().get(PERTURBATION_REPORT_KEY);
      if (report != null) {
        Matcher noise = NOISE.matcher(report);
        if (!noise.find()) {
          throw new IllegalStateException("unexpected perturbation report: " + report);
        }
        noisePoints = Math.max(noisePoints, 0) + Long.parseLong(noise.group(1));
        pauses = Math.max(pauses, 0) + Long.parseLong(noise.group(2));
      }
    }

    @Override
    public synchronized void executionStarted(TestIdentifier test) {
      if (test.isTest()) {
        started++;
      }
    }

    @Override
    public synchronized void executionFinished(TestIdentifier test, TestExecutionResult result) {
      if (result.getStatus() == TestExecutionResult.Status.FAILED) {
        failures.add(
            result
                .getThrowable()
                .orElseGet(() -> new IllegalStateException(test.getDisplayName() + " failed")));
      }
    }
  }
}
