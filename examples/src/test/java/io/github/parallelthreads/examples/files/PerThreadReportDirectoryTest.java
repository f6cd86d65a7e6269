package io.github.parallelthreads.examples.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parallelthreads.ParallelContext;
import io.github.parallelthreads.ParallelThreads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fix for {@link SharedReportDirectoryExposureTest}'s test, on 8 threads in every build: a
 * {@code @TempDir} parameter instead of a field. The extension gives each thread, in each
 * repetition, a directory of its own, so every thread reads back the report it wrote.
 */
@ParallelThreads(8)
class PerThreadReportDirectoryTest {

  private final ReportWriter writer = new ReportWriter();

  @RepeatedTest(50)
  void readsBackTheReportItWrote(@TempDir Path dir, ParallelContext context) throws IOException {
    List<String> lines = reportOf(context);

    Path report = writer.write(dir, lines);

    assertThat(Files.readAllLines(report, StandardCharsets.UTF_8))
        .as("the report thread %d read back", context.threadIndex())
        .isEqualTo(lines);
  }

  /** A report that differs from thread to thread, so a thread reading another's would notice. */
  static List<String> reportOf(ParallelContext context) {
    return List.of(
        "report of thread " + context.threadIndex(), "orders: " + 100 * context.threadIndex());
  }
}
