package io.github.parallelthreads.examples.output;

import io.github.parallelthreads.ThreadUnsafe;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Captures what code prints to {@code System.out}, for tests. */
final class StandardOutput {

  private StandardOutput() {}

  /**
   * Runs {@code action} with {@code System.out} redirected into a buffer.
   *
   * <p>Marked {@code @ThreadUnsafe}: a test that calls this method, directly or up to two levels
   * down, runs on one thread without being marked itself.
   *
   * @param action the code whose output to capture
   * @return what the action printed
   */
  @ThreadUnsafe(reason = "replaces System.out while the action runs")
  static String capture(Runnable action) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
