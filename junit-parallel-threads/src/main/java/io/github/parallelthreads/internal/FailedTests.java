package io.github.parallelthreads.internal;

import io.github.parallelthreads.ParallelThreadsExtension;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The run summary's part on failed tests: the tests whose threads shared nothing through the test
 * first, since their shared state is in the code under test (what the run is for) or in JVM-global
 * state; then those that shared state through the test, each with what it shared; then any whose
 * sharing was not worked out. It ends the summary with the ready value of {@value
 * ParallelThreadsExtension#THREAD_UNSAFE_METHODS_PROPERTY_NAME} that runs the second group's
 * classes on one thread while their tests are fixed.
 */
final class FailedTests {

  private final List<FailedTest> sharedNothing = new ArrayList<>();
  private final List<FailedTest> sharedState = new ArrayList<>();
  private final List<FailedTest> notWorkedOut = new ArrayList<>();

  FailedTests(List<FailedTest> failed) {
    for (FailedTest test : failed) {
      if (test.sharedNothing()) {
        sharedNothing.add(test);
      } else if (test.sharedState()) {
        sharedState.add(test);
      } else {
        notWorkedOut.add(test);
      }
    }
  }

  void appendGroups(StringBuilder text) {
    int total = sharedNothing.size() + sharedState.size() + notWorkedOut.size();
    if (total == 0) {
      return;
    }
    text.append("  ").append(RunSummary.count(total, "test")).append(" failed in parallel\n");
    if (!sharedNothing.isEmpty()) {
      text.append("    ")
          .append(agreeing(sharedNothing.size(), "shares", "share"))
          .append(" nothing through the test (look here first: the shared state is in the code")
          .append(" under test or in JVM-global state)");
      RunSummary.appendNames(text, sharedNothing.stream().map(FailedTest::name).toList());
    }
    if (!sharedState.isEmpty()) {
      text.append("    ")
          .append(agreeing(sharedState.size(), "shares", "share"))
          .append(" state through the test (the test's own race, unless what it shares is meant")
          .append(" to be used by several threads at once)");
      RunSummary.appendNames(
          text,
          sharedState.stream().map(test -> test.name() + ": " + test.sharedThroughTest()).toList());
    }
    if (!notWorkedOut.isEmpty()) {
      text.append("    ")
          .append(agreeing(notWorkedOut.size(), "says", "say"))
          .append(" nothing of what the threads shared (one thread ran the body, or the failure")
          .append(" came outside it)");
      RunSummary.appendNames(
          text,
          notWorkedOut.stream()
              .map(
                  test ->
                      test.sharedThroughTest() == null
                          ? test.name()
                          : test.name() + ": " + test.sharedThroughTest())
              .toList());
    }
  }

  /** The last lines: the value that runs the classes of the second group on one thread. */
  void appendOneThreadProperty(StringBuilder text) {
    Set<String> patterns = new LinkedHashSet<>();
    sharedState.stream()
        .map(FailedTest::className)
        .filter(name -> name != null)
        .forEach(name -> patterns.add(name + "#*"));
    if (patterns.isEmpty()) {
      return;
    }
    text.append("  To run the tests that share state through the test on one thread until they are")
        .append(" fixed:\n    -D")
        .append(ParallelThreadsExtension.THREAD_UNSAFE_METHODS_PROPERTY_NAME)
        .append('=')
        .append(String.join(",", patterns))
        .append('\n');
  }

  private static String agreeing(int count, String one, String many) {
    return RunSummary.count(count, "test") + " " + (count == 1 ? one : many);
  }
}
