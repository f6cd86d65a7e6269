/**
 * The machinery behind {@link io.github.parallelthreads.ParallelThreadsExtension}. Nothing here or
 * below is API: classes that are public are so only because another of the library's packages, the
 * API or the JUnit launcher needs to reach them, and they may change in any release.
 *
 * <p>This package wires the concerns together: it reads the run's configuration, works out each
 * test's {@link io.github.parallelthreads.internal.ExecutionPlan} (thread count, iterations, a
 * thread-unsafe verdict), intercepts the body and hands it to the execution, and reports (report
 * entries, the end-of-run summary, suite-wide activation). It may use every package below it:
 *
 * <ul>
 *   <li>{@code detection}: which tests are thread-unsafe, and why;
 *   <li>{@code sharing}: what the threads of a failed test shared through the test;
 *   <li>{@code classfile}: reading class files, for detection and sharing;
 *   <li>{@code execution}: running a body on N threads and turning what they did into a result;
 *   <li>{@code perturbation}: brutal mode, the agent and the noise the workers make in the code
 *       under test.
 * </ul>
 *
 * <p>The packages below use none of this one, execution uses neither detection, sharing nor
 * classfile, sharing and detection use only the API and classfile, classfile uses nothing but the
 * API, and perturbation nothing of the library but the relocated ASM: {@code
 * PackageDependencyTests} holds them to it.
 */
package io.github.parallelthreads.internal;
