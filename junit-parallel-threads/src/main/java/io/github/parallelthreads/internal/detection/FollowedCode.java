package io.github.parallelthreads.internal.detection;

import io.github.parallelthreads.internal.classfile.LibraryCode;

/**
 * Which classes' method bodies the "called" verdict reads. Calls into the JDK, test frameworks,
 * assertion and mocking libraries, logging libraries and this extension ({@link LibraryCode}) are
 * checked where they are made, but their bodies are not read: they are not the code under test,
 * reading them would cost every test, and their own deliberate global state (Awaitility swaps the
 * default uncaught-exception handler, for one) would mark every test that uses them.
 */
final class FollowedCode {

  private FollowedCode() {}

  /** Whether the bodies of the class's methods are read, given its internal name. */
  static boolean contains(String internalName) {
    return !LibraryCode.contains(internalName);
  }
}
