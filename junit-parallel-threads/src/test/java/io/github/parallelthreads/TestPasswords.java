package io.github.parallelthreads;

/**
 * A helper of the test sources that keeps state in a static field, as suites' helpers do: every
 * thread of every test that calls it shares that state (SharedThroughTestTests).
 */
final class TestPasswords {

  private static int issued;

  private TestPasswords() {}

  static String next() {
    issued++;
    return "password-" + issued;
  }
}
