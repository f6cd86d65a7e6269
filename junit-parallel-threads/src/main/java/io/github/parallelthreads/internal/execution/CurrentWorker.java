package io.github.parallelthreads.internal.execution;

import io.github.parallelthreads.ParallelContext;

/**
 * The context of the worker thread that calls it. Public only so that {@link
 * ParallelContext#current()} can reach it.
 */
public final class CurrentWorker {

  private static final ThreadLocal<WorkerContext> CONTEXT = new ThreadLocal<>();

  private CurrentWorker() {}

  /**
   * The calling thread's context.
   *
   * @return the worker's context, or a one-thread context outside a parallel run
   */
  public static ParallelContext context() {
    WorkerContext context = CONTEXT.get();
    return context != null ? context : WorkerContext.SINGLE;
  }

  public static boolean isWorkerThread() {
    return CONTEXT.get() != null;
  }

  static void enter(WorkerContext context) {
    CONTEXT.set(context);
  }

  static void leave() {
    CONTEXT.remove();
  }
}
