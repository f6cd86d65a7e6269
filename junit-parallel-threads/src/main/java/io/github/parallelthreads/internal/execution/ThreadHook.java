package io.github.parallelthreads.internal.execution;

import io.github.parallelthreads.ParallelContext;

/**
 * One per-thread set-up or tear-down: what a worker runs before its first or after its last
 * iteration, and how a failure of it is named in the outcome.
 *
 * @param phase whether it sets up or tears down
 * @param method the method it runs, such as {@code method ConnectionTest#open()}
 * @param action what runs, given the worker's context
 */
public record ThreadHook(Phase phase, String method, Action action) {

  /** When a hook runs, named by the annotation that asks for it. */
  public enum Phase {
    SET_UP("@BeforeEachThread"),
    TEAR_DOWN("@AfterEachThread");

    private final String annotation;

    Phase(String annotation) {
      this.annotation = annotation;
    }

    /** Such as {@code @BeforeEachThread}. */
    public String annotation() {
      return annotation;
    }
  }

  /** The code of a hook. */
  @FunctionalInterface
  public interface Action {
    void run(ParallelContext context) throws Throwable;
  }

  /** Such as {@code @BeforeEachThread method ConnectionTest#open()}. */
  public String name() {
    return phase.annotation() + " " + method;
  }
}
