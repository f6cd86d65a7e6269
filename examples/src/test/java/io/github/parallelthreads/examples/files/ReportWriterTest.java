package io.github.parallelthreads.examples.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parallelthreads.ParallelContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// No annotation: the thread count comes from configuration, for example
// mvn test -Djunit.parallel.threads=8. Without it the test runs once, as usual.
class ReportWriterTest {

  private final ReportWriter writer = new ReportWriter();

  @Test
  void writesTheReportIntoTheGivenDirectory(@TempDir Path dir) throws IOException {
    // In a parallel run every thread, in every iteration, gets a new empty directory of its own.
    assertThat(dir).isEmptyDirectory();
    ParallelContext context = ParallelContext.current();
    List<String> lines =
        List.of(
            "report of thread " + context.threadIndex(), "iteration " + context.iterationIndex());

    Path report = writer.write(dir, lines);

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(dir.resolve(ReportWriter.FILE_NAME));
    }
    assertThat(Files.readAllLines(report, StandardCharsets.UTF_8)).isEqualTo(lines);
  }
}
