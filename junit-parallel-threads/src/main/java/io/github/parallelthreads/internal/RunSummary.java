package io.github.parallelthreads.internal;

import io.github.parallelthreads.ParallelThreadsExtension;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, once at the end of a run, what the extension did: how many tests ran in parallel and on
 * how many threads, how many ran on one thread for each reason (the largest count first, naming a
 * few of the tests), which were skipped as thread-unsafe, and how many failed in parallel. It
 * learns this from the report entries the extension publishes, so it sees every engine run the
 * launcher executes, and says nothing when no test ran in parallel.
 *
 * <p>Public only because the launcher instantiates it through the {@code ServiceLoader}.
 */
public final class RunSummary implements TestExecutionListener {

  /**
   * How many tests of one one-thread reason are named; the rest are counted. One class-level reason
   * can hold thousands of tests, and a few names are enough to find them.
   */
  static final int TESTS_NAMED_PER_REASON = 5;

  private static final Pattern PERTURBATION_ENTRY =
      Pattern.compile("seed (-?\\d+); scope: .*, (\\d+) classes instrumented;");

  private final PrintStream out;
  private final Map<String, Integer> parallelByShape = new TreeMap<>();
  private final Map<String, TestTally> oneThreadByReason = new TreeMap<>();
  private final Map<String, List<String>> skippedByReason = new TreeMap<>();
  // what is kept per test must not grow with the suite: a count, and the tests still running
  private int parallelCount;
  private final Set<TestIdentifier> runningInParallel = new HashSet<>();
  private final List<FailedTest> failedInParallel = new ArrayList<>();
  private final Map<TestIdentifier, String> sharedThroughTest = new HashMap<>();
  private final Map<String, List<String>> globalStateChanges = new TreeMap<>();
  private final Map<String, List<String>> threadsLeftRunning = new TreeMap<>();
  private final Map<String, List<String>> unreadableClassFiles = new TreeMap<>();

  /** Brutal mode's seed of each engine run, with the most classes its tests saw instrumented. */
  private final Map<String, Integer> perturbationSeeds = new TreeMap<>();

  private AbandonedWorkersSection abandonedWorkers = new AbandonedWorkersSection();
  private TestPlan plan;

  /** Created by the launcher; prints to standard output. */
  public RunSummary() {
    this(System.out);
  }

  RunSummary(PrintStream out) {
    this.out = out;
  }

  @Override
  public synchronized void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
    abandonedWorkers = new AbandonedWorkersSection();
  }

  @Override
  public synchronized void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
    Map<String, String> values = entry.getKeyValuePairs();
    String change = values.get(ParallelThreadsExtension.GLOBAL_STATE_CHANGED_REPORT_KEY);
    if (change != null) {
      globalStateChanges.computeIfAbsent(change, key -> new ArrayList<>()).add(name(test));
    }
    String leftRunning = values.get(ParallelThreadsExtension.THREADS_LEFT_RUNNING_REPORT_KEY);
    if (leftRunning != null) {
      threadsLeftRunning.computeIfAbsent(leftRunning, key -> new ArrayList<>()).add(name(test));
    }
    String unreadable = values.get(ParallelThreadsExtension.DETECTION_INCOMPLETE_REPORT_KEY);
    if (unreadable != null) {
      unreadableClassFiles.computeIfAbsent(unreadable, key -> new ArrayList<>()).add(name(test));
    }
    String perturbation = values.get(ParallelThreadsExtension.PERTURBATION_REPORT_KEY);
    if (perturbation != null) {
      Matcher seed = PERTURBATION_ENTRY.matcher(perturbation);
      if (seed.lookingAt()) {
        perturbationSeeds.merge(seed.group(1), Integer.parseInt(seed.group(2)), Math::max);
      }
    }
    String shared = values.get(ParallelThreadsExtension.SHARED_THROUGH_TEST_REPORT_KEY);
    if (shared != null) {
      sharedThroughTest.put(test, shared);
    }
    String reason = values.get(ParallelThreadsExtension.THREAD_UNSAFE_REPORT_KEY);
    if (reason != null) {
      oneThreadByReason
          .computeIfAbsent(reason, key -> new TestTally(TESTS_NAMED_PER_REASON))
          .add(() -> name(test));
    } else if (values.containsKey(ParallelThreadsExtension.THREADS_REPORT_KEY)
        && values.containsKey(ParallelThreadsExtension.ITERATIONS_REPORT_KEY)) {
      if (runningInParallel.add(test)) {
        parallelCount++;
      }
      String shape =
          count(values.get(ParallelThreadsExtension.THREADS_REPORT_KEY), "thread")
              + " x "
              + count(values.get(ParallelThreadsExtension.ITERATIONS_REPORT_KEY), "iteration");
      parallelByShape.merge(shape, 1, Integer::sum);
    }
  }

  @Override
  public synchronized void executionSkipped(TestIdentifier test, String reason) {
    String why = ThreadUnsafeSkipCondition.threadUnsafeReasonOf(reason);
    if (why != null) {
      skippedByReason.computeIfAbsent(why, key -> new ArrayList<>()).add(name(test));
    }
  }

  @Override
  public synchronized void executionFinished(TestIdentifier test, TestExecutionResult result) {
    String shared = sharedThroughTest.remove(test);
    if (runningInParallel.remove(test) && result.getStatus() == TestExecutionResult.Status.FAILED) {
      failedInParallel.add(new FailedTest(name(test), className(test), shared));
    }
  }

  @Override
  public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
    abandonedWorkers.takeStock();
    if (parallelCount > 0
        || !oneThreadByReason.isEmpty()
        || !skippedByReason.isEmpty()
        || !globalStateChanges.isEmpty()
        || !threadsLeftRunning.isEmpty()
        || !unreadableClassFiles.isEmpty()
        || !abandonedWorkers.isEmpty()) {
      out.print(text());
      out.flush();
    }
    parallelByShape.clear();
    oneThreadByReason.clear();
    skippedByReason.clear();
    parallelCount = 0;
    runningInParallel.clear();
    failedInParallel.clear();
    sharedThroughTest.clear();
    globalStateChanges.clear();
    threadsLeftRunning.clear();
    unreadableClassFiles.clear();
    perturbationSeeds.clear();
  }

  String text() {
    StringBuilder text = new StringBuilder("\njunit-parallel-threads summary\n");
    text.append("  ").append(count(parallelCount, "test")).append(" ran in parallel");
    String separator = ": ";
    for (Map.Entry<String, Integer> shape : parallelByShape.entrySet()) {
      text.append(separator).append(shape.getValue()).append(" on ").append(shape.getKey());
      separator = ", ";
    }
    text.append('\n');
    appendPerturbationSeeds(text);
    FailedTests failed = new FailedTests(failedInParallel);
    failed.appendGroups(text);
    appendCountedByReason(text, oneThreadByReason, " ran on one thread as thread-unsafe");
    appendByReason(text, skippedByReason, " skipped as thread-unsafe");
    appendByReason(text, globalStateChanges, " changed JVM-global state while running in parallel");
    appendByReason(text, threadsLeftRunning, " left threads running");
    appendUnreadableClassFiles(text);
    abandonedWorkers.appendTo(text);
    failed.appendOneThreadProperty(text);
    return text.toString();
  }

  /**
   * The seed of brutal mode, so that a run whose failures only showed under its noise can be
   * repeated with the same noise; one line per seed when several engine runs had their own.
   */
  private void appendPerturbationSeeds(StringBuilder text) {
    for (Map.Entry<String, Integer> run : perturbationSeeds.entrySet()) {
      String seed = run.getKey();
      text.append("  perturbation on, seed ")
          .append(seed)
          .append(" (")
          .append(run.getValue())
          .append(run.getValue() == 1 ? " class" : " classes")
          .append(" with noise points): rerun with -D")
          .append(ParallelThreadsExtension.PERTURB_SEED_PROPERTY_NAME)
          .append('=')
          .append(seed)
          .append(" to make the same random choices\n");
    }
  }

  /** Each class is reported once, with the test whose detection needed it first. */
  private void appendUnreadableClassFiles(StringBuilder text) {
    if (unreadableClassFiles.isEmpty()) {
      return;
    }
    text.append("  ")
        .append(count(unreadableClassFiles.size(), "class file"))
        .append(" could not be read, so detection did not check the calls made there\n");
    for (Map.Entry<String, List<String>> unreadable : unreadableClassFiles.entrySet()) {
      text.append("    ").append(unreadable.getKey());
      appendNames(text, unreadable.getValue());
    }
  }

  private static void appendByReason(
      StringBuilder text, Map<String, List<String>> byReason, String what) {
    int total = byReason.values().stream().mapToInt(List::size).sum();
    if (total == 0) {
      return;
    }
    text.append("  ").append(count(total, "test")).append(what).append('\n');
    for (Map.Entry<String, List<String>> reason : byReason.entrySet()) {
      text.append("    ").append(reason.getKey());
      appendNames(text, reason.getValue());
    }
  }

  /**
   * Each reason with its test count, the largest first (ties in the reasons' order), and its first
   * tests by name: where most of a suite was held back shows at the top.
   */
  private static void appendCountedByReason(
      StringBuilder text, Map<String, TestTally> byReason, String what) {
    int total = byReason.values().stream().mapToInt(TestTally::count).sum();
    if (total == 0) {
      return;
    }
    text.append("  ").append(count(total, "test")).append(what).append('\n');
    List<Map.Entry<String, TestTally>> largestFirst = new ArrayList<>(byReason.entrySet());
    largestFirst.sort(
        Comparator.comparingInt((Map.Entry<String, TestTally> reason) -> reason.getValue().count())
            .reversed());
    for (Map.Entry<String, TestTally> reason : largestFirst) {
      TestTally tests = reason.getValue();
      text.append("    ")
          .append(count(tests.count(), "test"))
          .append(": ")
          .append(reason.getKey())
          .append('\n');
      for (String name : tests.firstNames()) {
        text.append("      ").append(name).append('\n');
      }
      if (tests.count() > tests.firstNames().size()) {
        text.append("      ... and ")
            .append(tests.count() - tests.firstNames().size())
            .append(" more\n");
      }
    }
  }

  static void appendNames(StringBuilder text, List<String> names) {
    text.append('\n');
    for (String name : names) {
      text.append("      ").append(name).append('\n');
    }
  }

  /** The test's class, which a {@code Class#*} pattern names; null if no source says. */
  private String className(TestIdentifier test) {
    for (TestIdentifier current = test;
        current != null;
        current = plan == null ? null : plan.getParent(current).orElse(null)) {
      TestSource source = current.getSource().orElse(null);
      if (source instanceof MethodSource method) {
        return method.getClassName();
      }
      if (source instanceof ClassSource type) {
        return type.getClassName();
      }
    }
    return null;
  }

  private String name(TestIdentifier test) {
    List<String> parts = new ArrayList<>();
    for (TestIdentifier current = test;
        current != null && plan != null;
        current = plan.getParent(current).orElse(null)) {
      if (current.getParentId().isPresent()) { // the engine itself is not part of the name
        parts.add(0, current.getDisplayName());
      }
    }
    return parts.isEmpty() ? test.getDisplayName() : String.join(" > ", parts);
  }

  static String count(int number, String noun) {
    return count(String.valueOf(number), noun);
  }

  private static String count(String number, String noun) {
    return number + " " + noun + (number.equals("1") ? "" : "s");
  }
}
