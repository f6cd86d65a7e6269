package io.github.parallelthreads.benchmarks.suite;

import org.junit.jupiter.api.extension.Extension;

/**
 * A control for the overhead benchmark: an extension that implements no extension point at all, so
 * that what JUnit charges for one more registered extension can be told apart from what it charges
 * for calling one.
 */
public final class MarkerExtension implements Extension {

  /** Created by JUnit's extension autodetection. */
  public MarkerExtension() {}
}
