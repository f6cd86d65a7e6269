/**
 * Brutal mode ({@code junit.parallel.perturb=on}): disturbs the timing of the code under test on
 * the worker threads of a parallel run, so that race windows open wide, and changes nothing else.
 *
 * <p>The library's jar is its own Java agent ({@link
 * io.github.parallelthreads.internal.perturbation.PerturbationAgent}); the agent's transformer
 * instruments nothing until a run with perturbation on activates a {@link
 * io.github.parallelthreads.internal.perturbation.Scope}, and it puts the classes back when that
 * run ends. Instrumented code calls {@link
 * io.github.parallelthreads.internal.perturbation.Noise#point(int)} at shared-field accesses, array
 * accesses, monitors and calls into {@code java.util.concurrent}; only a thread that a {@link
 * io.github.parallelthreads.internal.perturbation.RunNoise} has entered (a worker, while it runs
 * the body) ever pauses there, or holds until another worker reaches the same point ({@code
 * Meeting}).
 *
 * <p>It may use the relocated ASM and nothing else of the library: it knows nothing of JUnit,
 * configuration or how the workers are run.
 */
package io.github.parallelthreads.internal.perturbation;
