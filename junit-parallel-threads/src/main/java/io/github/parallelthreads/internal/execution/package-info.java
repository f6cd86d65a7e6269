/**
 * Runs a test body on N worker threads, M iterations each, behind a start barrier, and turns what
 * the threads did into one result: the run and its workers, the barrier and start line, the failure
 * collector and its groups, the deadlock watch, the comparator, and the exceptions of a run that is
 * cut short.
 *
 * <p>It may use the API package only: it runs whatever body it is given and knows nothing of
 * configuration, plans or detection.
 */
package io.github.parallelthreads.internal.execution;
