package io.github.parallelthreads.examples.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parallelthreads.ParallelContext;
import io.github.parallelthreads.ParallelThreads;
import io.github.parallelthreads.examples.exposure.Exposure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// The check itself runs once, even when the examples run with -Djunit.parallel.threads=8.
@ParallelThreads(1)
class SharedReportDirectoryExposureTest {

  @Test
  void theExtensionExposesThreadsReadingEachOthersReports() {
    // Measured with ExposureRates: see examples/EXPOSURE.md for the rate and why 50 runs.
    String message =
        Exposure.of(SharedReportDirectoryTestCase.class).withinRuns(50).show().message();

    assertThat(message)
        .containsPattern("^\\d of 8 threads failed")
        .containsPattern("\\[the report thread \\d read back\\]");
  }

  /**
   * The bug is in this test, not in {@link ReportWriter}: the {@code @TempDir} is a field, which
   * JUnit fills once per test instance, before the extension starts its threads. The 8 threads of a
   * repetition get the same directory and all write {@value ReportWriter#FILE_NAME} into it, so a
   * thread reads back the report another thread has just written over its own, or a file two
   * threads wrote at once (its own lines followed by the tail of a longer report).
   */
  static class SharedReportDirectoryTestCase {

    @TempDir Path dir; // one directory for the test: shared by all 8 threads

    private final ReportWriter writer = new ReportWriter();

    @ParallelThreads(8)
    @RepeatedTest(50)
    void readsBackTheReportItWrote(ParallelContext context) throws IOException {
      List<String> lines = PerThreadReportDirectoryTest.reportOf(context);

      Path report = writer.write(dir, lines);

      assertThat(Files.readAllLines(report, StandardCharsets.UTF_8))
          .as("the report thread %d read back", context.threadIndex())
          .isEqualTo(lines);
    }
  }
}
