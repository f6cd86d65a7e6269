/**
 * The machinery behind {@link io.github.parallelthreads.ParallelThreadsExtension}. Nothing here is
 * API: classes that are public are so only because the API or the JUnit launcher needs to reach
 * them, and they may change in any release.
 */
package io.github.parallelthreads.internal;
