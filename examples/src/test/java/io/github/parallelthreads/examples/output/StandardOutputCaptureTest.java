package io.github.parallelthreads.examples.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parallelthreads.ParallelContext;
import io.github.parallelthreads.ParallelThreads;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Two ways to test what {@link BannerPrinter} prints, side by side, both asked to run on 8 threads.
 *
 * <p>The first captures {@code System.out} the usual way, with no annotation. The extension reads
 * the test's code, finds the call to {@code System.setOut} in the helper it calls, and runs the
 * test once, on one thread, recording the reason: {@code System.out} is one stream for the whole
 * JVM, so eight threads capturing it at once would each collect the others' banners too, and the
 * first thread to restore it would cut the others' captures short. No amount of care in the test
 * fixes that; the stream itself is shared.
 *
 * <p>The second is the alternative for code you own: the printer takes the stream as an argument,
 * each thread passes its own, and the test runs on all 8 threads, each checking exactly its own
 * output.
 */
@ParallelThreads(8)
class StandardOutputCaptureTest {

  private final BannerPrinter printer = new BannerPrinter();

  @Test
  void printsTheBannerToStandardOutput(ParallelContext context) {
    String printed = captureStandardOutput(() -> printer.print("hello"));

    assertThat(printed).isEqualTo("+-------+\n| hello |\n+-------+\n");
    // detected: the helper below calls System.setOut, so this ran once, on one thread
    assertThat(context.threadCount()).isEqualTo(1);
  }

  @Test
  void printsTheBannerToTheStreamEachThreadPasses(ParallelContext context) {
    String title = "thread " + context.threadIndex();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    printer.print(title, new PrintStream(buffer, true, StandardCharsets.UTF_8));

    // every thread sees its own banner and nothing of the other seven threads' banners
    assertThat(buffer.toString(StandardCharsets.UTF_8)).isEqualTo(printer.banner(title));
    assertThat(context.threadCount()).isEqualTo(8);
  }

  /** Runs {@code action} with {@code System.out} redirected, and returns what it printed. */
  private static String captureStandardOutput(Runnable action) {
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
