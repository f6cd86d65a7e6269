package io.github.parallelthreads.examples.output;

import java.io.PrintStream;

/**
 * Prints a title framed in a box:
 *
 * <pre>
 * +-------+
 * | hello |
 * +-------+
 * </pre>
 *
 * <p>{@link #print(String, PrintStream)} writes to the stream it is given and can be tested on many
 * threads at once, each with its own stream. {@link #print(String)} writes to {@code System.out},
 * which belongs to the whole JVM: a test that captures it has to replace it with {@code
 * System.setOut}, and two such tests running at once would capture each other's output. Such a test
 * is thread-unsafe by nature, whatever the code under test does.
 */
public final class BannerPrinter {

  /**
   * The banner for a title, as lines separated by {@code \n}, ending with {@code \n}.
   *
   * @param title the text to frame; a single line
   * @return the banner
   */
  public String banner(String title) {
    String border = "+" + "-".repeat(title.length() + 2) + "+\n";
    return border + "| " + title + " |\n" + border;
  }

  /**
   * Prints the banner for {@code title} to {@code out}.
   *
   * @param title the text to frame
   * @param out where to print
   */
  public void print(String title, PrintStream out) {
    out.print(banner(title));
    out.flush();
  }

  /**
   * Prints the banner for {@code title} to {@code System.out}.
   *
   * @param title the text to frame
   */
  public void print(String title) {
    print(title, System.out);
  }
}
