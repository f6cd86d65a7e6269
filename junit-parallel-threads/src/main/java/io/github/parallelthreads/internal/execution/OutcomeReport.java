package io.github.parallelthreads.internal.execution;

import io.github.parallelthreads.ParallelFailuresError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.opentest4j.TestAbortedException;

/**
 * Turns what the threads of a run did into the test's result: a failure if any thread failed,
 * otherwise an abort if any thread aborted, otherwise nothing (passed). A skip never hides a
 * failure.
 */
public final class OutcomeReport {

  private final int threads;
  private final int iterations;
  private final String budgetSentence;

  public OutcomeReport(int threads, int iterations) {
    this.threads = threads;
    this.iterations = iterations;
    this.budgetSentence = null;
  }

  /**
   * The report of a run under a policy: under a time budget, a failure's message says how many
   * iterations ran, which nobody knew in advance.
   */
  public OutcomeReport(int threads, IterationPolicy policy, IterationsRun run) {
    this.threads = threads;
    this.iterations = policy.maxIterations();
    this.budgetSentence = policy.hasBudget() ? run.sentence(policy) : null;
  }

  /**
   * Throws the test's failure or abort, if any.
   *
   * @param notes sentences on what else the run did (changed global state, left threads running),
   *     or an empty string; the collector's own notes (how the run was watched) follow them
   * @param sharedThroughTest the lines that say what the threads shared through the test, asked for
   *     only when the test failed on more than one thread, so that a passing test pays nothing
   */
  public void throwIfUnsuccessful(
      FailureCollector collector, String notes, Supplier<String> sharedThroughTest) {
    collector.stopAcceptingWorkers();
    FailureCollector.Outcomes failures = collector.failures();
    if (!failures.isEmpty()) {
      String shared = threads > 1 ? "\n" + sharedThroughTest.get() : "";
      List<String> observations = new ArrayList<>();
      if (!notes.isEmpty()) {
        observations.add(notes);
      }
      observations.addAll(collector.notes());
      String observation = observations.isEmpty() ? "" : "\n" + String.join("\n", observations);
      String budget = budgetSentence == null ? "" : "\n" + budgetSentence;
      throw new ParallelFailuresError(
          summary(failures, "failed") + budget + shared + observation + advice(failures),
          exemplars(failures));
    }
    FailureCollector.Outcomes aborts = collector.aborts();
    if (!aborts.isEmpty()) {
      TestAbortedException aborted = new TestAbortedException(summary(aborts, "aborted"));
      exemplars(aborts).forEach(aborted::addSuppressed);
      throw aborted;
    }
  }

  private String summary(FailureCollector.Outcomes outcomes, String verb) {
    int distinct = outcomes.groups().size();
    StringBuilder text =
        new StringBuilder()
            .append(outcomes.threads().cardinality())
            .append(" of ")
            .append(threads)
            .append(threads == 1 ? " thread " : " threads ")
            .append(verb)
            .append(where(outcomes));
    text.append(" (")
        .append(distinct)
        .append(distinct == 1 ? " distinct failure" : " distinct failures")
        .append(')');
    int number = 1;
    for (FailureGroup group : outcomes.groups()) {
      text.append("\n  [").append(number++).append("] ").append(group.describe(iterations));
    }
    if (outcomes.omitted() > 0) {
      text.append("\n  ... and ")
          .append(outcomes.omitted())
          .append(" more failures with other messages, not kept (the first ")
          .append(FailureCollector.MAX_GROUPS)
          .append(" distinct failures are)");
    }
    return text.toString();
  }

  /**
   * Such as " in iterations 0-2 of 3" (" in iterations 0-2" under a budget), "
   * in @BeforeEachThread", " in the body and in @AfterEachThread", or "" for a body that failed in
   * its one iteration.
   */
  private String where(FailureCollector.Outcomes outcomes) {
    List<String> places = new ArrayList<>();
    boolean bodyFailed = !outcomes.iterations().isEmpty();
    if (bodyFailed && iterations > 1) {
      // under a budget nobody knew the count in advance: the budget's sentence says how many ran
      places.add(
          Indexes.describe("iteration", outcomes.iterations())
              + (budgetSentence == null ? " of " + iterations : ""));
    } else if (bodyFailed && !outcomes.hookPhases().isEmpty()) {
      places.add("the body");
    }
    outcomes.hookPhases().forEach(phase -> places.add(phase.annotation()));
    return places.isEmpty() ? "" : " in " + String.join(" and in ", places);
  }

  private String advice(FailureCollector.Outcomes failures) {
    if (failures.cutShort()) {
      return "\nThe run was cut short: each unfinished worker is listed with the frame it was in,"
          + " and its whole stack is attached. A run that does not end usually means a deadlock,"
          + " a thread waiting for a signal that never comes, or a loop that never ends.";
    }
    if (threads == 1) {
      return "";
    }
    if (failures.iterations().isEmpty()) {
      return "\nOnly per-thread hooks failed, not the body; a thread whose @BeforeEachThread failed"
          + " ran no iteration. A hook that fails on some threads but not others points to a race"
          + " or a limit in what it sets up: state the threads share, a pool smaller than the"
          + " thread count.";
    }
    String markThreadUnsafe =
        " If the test itself cannot run concurrently by its nature (it replaces System.out, sets a"
            + " system property, ...), mark it @ThreadUnsafe or list the method that does so in"
            + " junit.parallel.thread-unsafe-methods, and it runs on one thread.";
    if (failures.threads().cardinality() < threads) {
      return "\nFailing on some threads but not others points to a race: in the code under test, or"
          + " in state the threads share in the test itself (instance fields, static fields,"
          + " caches)."
          + markThreadUnsafe;
    }
    return "\nEvery thread failed. If the test passes on one thread (junit.parallel.threads=1), the"
        + " threads interfere with each other: a race in the code under test, or state they share"
        + " in the test; if it also fails on one thread, the failure is not about concurrency."
        + markThreadUnsafe;
  }

  private static List<Throwable> exemplars(FailureCollector.Outcomes outcomes) {
    List<Throwable> exemplars = new ArrayList<>();
    outcomes.groups().forEach(group -> exemplars.add(group.first()));
    return exemplars;
  }
}
