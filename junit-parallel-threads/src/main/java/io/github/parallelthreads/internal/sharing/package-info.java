/**
 * Says what the threads of a failed test shared through the test itself: the fields of the test
 * instance, its {@code @TempDir} fields, and the static fields of the test sources that the body
 * and the test code it calls read or write, each with where it was set (a field every thread's
 * {@code @BeforeEachThread} writes among them). A failure whose threads shared nothing that way
 * points at the code under test or at JVM-global state.
 *
 * <p>It may use the API package and {@code classfile}; it knows nothing of how a body is run, and
 * is asked only once a test has failed, so passing tests pay nothing for it.
 */
package io.github.parallelthreads.internal.sharing;
