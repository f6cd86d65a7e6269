/**
 * Runs JUnit Jupiter test bodies on many threads at once, to expose code that is not safe to call
 * concurrently.
 *
 * <p>The API a test needs is small: {@link io.github.parallelthreads.ParallelThreads} (or the
 * configuration key {@code junit.parallel.threads}) to choose the thread count, {@link
 * io.github.parallelthreads.Iterations}, {@link io.github.parallelthreads.IterateFor}, {@link
 * io.github.parallelthreads.ParallelThreadsLimit} and {@link
 * io.github.parallelthreads.ThreadUnsafe} to adjust it, the parameters {@link
 * io.github.parallelthreads.ParallelContext} and {@link
 * io.github.parallelthreads.ThreadComparator}, and the per-thread hooks {@link
 * io.github.parallelthreads.BeforeEachThread} and {@link
 * io.github.parallelthreads.AfterEachThread}. Everything in sub-packages is internal.
 */
package io.github.parallelthreads;
