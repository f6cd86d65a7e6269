package io.github.parallelthreads.examples.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parallelthreads.ParallelContext;
import io.github.parallelthreads.ParallelThreads;
import io.github.parallelthreads.ThreadUnsafe;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@ParallelThreads(8)
class BannerPrinterTest {

  private static final String HELLO_BANNER = "+-------+\n| hello |\n+-------+\n";

  private final BannerPrinter printer = new BannerPrinter();

  @Test
  void printsTheBannerToTheGivenStream() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    printer.print("hello", new PrintStream(buffer, true, StandardCharsets.UTF_8));

    assertThat(buffer.toString(StandardCharsets.UTF_8)).isEqualTo(HELLO_BANNER);
  }

  @ThreadUnsafe(reason = "replaces System.out")
  @Test
  void printsTheBannerToStandardOutput(ParallelContext context) {
    // @ThreadUnsafe wins over @ParallelThreads(8) on the class: this body runs once, on one thread.
    assertThat(context.threadCount()).isEqualTo(1);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      printer.print("hello");
    } finally {
      System.setOut(original);
    }

    assertThat(buffer.toString(StandardCharsets.UTF_8)).isEqualTo(HELLO_BANNER);
  }

  @Test
  void printsTheBannerThroughTheCaptureHelper(ParallelContext context) {
    // StandardOutput.capture is marked @ThreadUnsafe, so this unmarked test runs on one thread.
    assertThat(context.threadCount()).isEqualTo(1);

    String printed = StandardOutput.capture(() -> printer.print("hello"));

    assertThat(printed).isEqualTo(HELLO_BANNER);
  }

  @CapturesStandardOutput
  @Test
  void printsTheBannerUnderACustomAnnotation(ParallelContext context) {
    // @CapturesStandardOutput carries @ThreadUnsafe, so it, too, wins over @ParallelThreads(8).
    assertThat(context.threadCount()).isEqualTo(1);

    String printed = StandardOutput.capture(() -> printer.print("hello"));

    assertThat(printed).isEqualTo(HELLO_BANNER);
  }
}
