package io.github.parallelthreads.internal.execution;

import io.github.parallelthreads.ParallelContext;
import java.util.List;
import org.opentest4j.IncompleteExecutionException;

/**
 * The per-thread set-ups and tear-downs of one test, in the order they run, and the rule they run
 * by, on a worker or on JUnit's one thread: set-ups in order until one fails; then, whether they
 * failed or not, every tear-down, each whatever the others did (as JUnit runs {@code @BeforeEach}
 * and {@code @AfterEach}).
 */
public final class ThreadHooks {

  /** A test without hooks. */
  public static final ThreadHooks NONE = new ThreadHooks(List.of(), List.of());

  /** Where a failed hook goes: recorded for the outcome, or thrown on JUnit's thread. */
  @FunctionalInterface
  interface FailureSink {
    void failed(ThreadHook hook, Throwable failure) throws Throwable;
  }

  private final List<ThreadHook> setUps;
  private final List<ThreadHook> tearDowns;

  public ThreadHooks(List<ThreadHook> setUps, List<ThreadHook> tearDowns) {
    this.setUps = List.copyOf(setUps);
    this.tearDowns = List.copyOf(tearDowns);
  }

  public boolean isEmpty() {
    return setUps.isEmpty() && tearDowns.isEmpty();
  }

  /**
   * Runs the set-ups, the body and the tear-downs once on the calling thread, for a test that does
   * not run on workers. The first failure is thrown, later ones are attached to it as suppressed;
   * as in JUnit, a failure after an abort (a failed assumption) is thrown instead, so that the
   * abort never hides it.
   *
   * @param body the body, run only if every set-up passed
   */
  public void runAround(ParallelContext context, ParallelRun.Call body) throws Throwable {
    Throwable[] first = new Throwable[1];
    FailureSink keepFirst =
        (hook, failure) -> {
          rethrowIfFatal(failure);
          if (first[0] == null) {
            first[0] = failure;
          } else if (first[0] instanceof IncompleteExecutionException
              && !(failure instanceof IncompleteExecutionException)) {
            failure.addSuppressed(first[0]);
            first[0] = failure;
          } else {
            first[0].addSuppressed(failure);
          }
        };
    if (setUp(context, keepFirst)) {
      try {
        body.run();
      } catch (Throwable failure) {
        keepFirst.failed(null, failure);
      }
    }
    tearDown(context, keepFirst);
    if (first[0] != null) {
      throw first[0];
    }
  }

  /**
   * Runs the set-ups in order until one fails.
   *
   * @return whether all of them passed
   */
  boolean setUp(ParallelContext context, FailureSink sink) throws Throwable {
    for (ThreadHook hook : setUps) {
      if (!run(hook, context, sink)) {
        return false;
      }
    }
    return true;
  }

  /** Runs every tear-down, whatever the others did. */
  void tearDown(ParallelContext context, FailureSink sink) throws Throwable {
    for (ThreadHook hook : tearDowns) {
      run(hook, context, sink);
    }
  }

  private static boolean run(ThreadHook hook, ParallelContext context, FailureSink sink)
      throws Throwable {
    try {
      hook.action().run(context);
      return true;
    } catch (Throwable failure) {
      sink.failed(hook, failure);
      return false;
    }
  }

  /** The heap is gone: nothing more should run on this thread, not even a tear-down. */
  private static void rethrowIfFatal(Throwable failure) throws Throwable {
    if (failure instanceof OutOfMemoryError) {
      throw failure;
    }
  }
}
