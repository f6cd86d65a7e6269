package io.github.parallelthreads.examples.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a report as a text file into a directory the caller chooses.
 *
 * <p>The writer holds no state, so any number of threads may use it at once. The file system is
 * another matter: it is shared by every thread of the JVM, and two threads that write {@value
 * #FILE_NAME} into the same directory overwrite each other's report. Give each caller its own
 * directory, as the tests of this class do with {@code @TempDir}.
 */
public final class ReportWriter {

  /** The name of the file {@link #write(Path, List)} creates. */
  public static final String FILE_NAME = "report.txt";

  /**
   * Writes the report into {@code directory}, replacing an earlier report there.
   *
   * @param directory an existing directory
   * @param lines the lines of the report
   * @return the file written
   * @throws IOException if the file cannot be written
   */
  public Path write(Path directory, List<String> lines) throws IOException {
    return Files.write(directory.resolve(FILE_NAME), lines, StandardCharsets.UTF_8);
  }
}
