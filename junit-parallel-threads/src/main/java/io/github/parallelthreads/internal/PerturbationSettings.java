package io.github.parallelthreads.internal;

import io.github.parallelthreads.internal.perturbation.Scope;

/**
 * Brutal mode's settings for a run.
 *
 * @param on whether the code under test is disturbed
 * @param seed the seed every random choice follows from
 * @param scope the code under test
 */
record PerturbationSettings(boolean on, long seed, Scope scope) {

  static final PerturbationSettings OFF =
      new PerturbationSettings(false, 0, Scope.classPathDirectories());
}
