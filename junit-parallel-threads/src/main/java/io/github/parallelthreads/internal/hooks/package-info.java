/**
 * The per-thread hooks of a test: finds its {@link io.github.parallelthreads.BeforeEachThread} and
 * {@link io.github.parallelthreads.AfterEachThread} methods as JUnit finds {@code @BeforeEach} and
 * {@code @AfterEach} methods, checks how they are declared, and binds them to the test's instances
 * as {@link io.github.parallelthreads.internal.execution.ThreadHooks} for the execution to run.
 *
 * <p>It may use the API and {@code execution} only.
 */
package io.github.parallelthreads.internal.hooks;
