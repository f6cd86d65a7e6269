package io.github.parallelthreads.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parallelthreads.ParallelThreads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Java code in README.md and docs/*.md is quoted from files of this repository that compile and
 * run; see {@link QuotedCodeChecker} for the marker each block needs.
 */
// Checks files, not thread safety: one thread, also when the suite runs with
// -Djunit.parallel.threads.
@ParallelThreads(1)
class DocsQuoteExamplesTest {

  @Test
  void everyJavaBlockOfTheDocsIsQuotedFromTheRepository() throws IOException {
    Path root = repositoryRoot();
    List<Path> docs = documentationFiles(root);
    assertThat(docs).contains(root.resolve("README.md"), root.resolve("docs/user-guide.md"));

    QuotedCodeChecker checker = new QuotedCodeChecker(root);
    List<String> problems = new ArrayList<>();
    for (Path doc : docs) {
      problems.addAll(checker.problemsIn(doc));
    }

    assertThat(problems).as("java blocks that are not faithful quotes").isEmpty();
  }

  private static List<Path> documentationFiles(Path root) throws IOException {
    List<Path> docs = new ArrayList<>();
    docs.add(root.resolve("README.md"));
    try (Stream<Path> files = Files.list(root.resolve("docs"))) {
      files
          .filter(file -> file.getFileName().toString().endsWith(".md"))
          .sorted()
          .forEach(docs::add);
    }
    return docs;
  }

  /**
   * Surefire runs with the examples module as working directory, an IDE often with the repository
   * root: look upwards for the directory that holds both README.md and docs/.
   */
  private static Path repositoryRoot() {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("docs"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "no directory with README.md and docs/ at or above the working directory " + start);
  }
}
