/**
 * Decides whether a test is thread-unsafe, and says why: {@code @ThreadUnsafe} on it, the test
 * itself listed in {@code junit.parallel.thread-unsafe-methods}, what it declares (JUnit's and
 * Pioneer's annotations under which the body writes or captures global state, output-capturing
 * parameters), what its code calls up to two levels down (the JDK's global-state mutators,
 * configured methods), and the global state a parallel run was seen to change.
 *
 * <p>It may use the API package and {@code classfile}; it knows nothing of how a body is run.
 */
package io.github.parallelthreads.internal.detection;
