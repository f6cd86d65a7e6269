package io.github.parallelthreads.internal.execution;

/**
 * What a worker does just before and just after each execution of the body, on its own thread:
 * nothing, unless brutal mode disturbs the body's timing.
 */
public interface AroundBody {

  /** Does nothing. */
  AroundBody NOTHING =
      new AroundBody() {
        @Override
        public void beforeBody(int threadIndex, int iterationIndex) {}

        @Override
        public void afterBody() {}
      };

  /**
   * Called after the start barrier released the worker, just before the body.
   *
   * @param threadIndex the worker's index
   * @param iterationIndex the iteration it starts
   */
  void beforeBody(int threadIndex, int iterationIndex);

  /** Called just after the body, whether it passed or failed. */
  void afterBody();
}
