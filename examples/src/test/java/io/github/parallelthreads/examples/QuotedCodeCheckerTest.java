package io.github.parallelthreads.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parallelthreads.ParallelThreads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Tests of this repository's tooling, not examples: keep them out of the parallel summary.
@ParallelThreads(1)
class QuotedCodeCheckerTest {

  private static final String SOURCE =
      String.join(
          "\n",
          "class Greeter {",
          "  String greet(String name) {",
          "    String greeting = \"hello \" + name;",
          "    return greeting;",
          "  }",
          "}",
          "");

  @TempDir Path root;

  private QuotedCodeChecker checker;

  @BeforeEach
  void writeSource() throws IOException {
    Files.createDirectories(root.resolve("src"));
    Files.writeString(root.resolve("src/Greeter.java"), SOURCE, StandardCharsets.UTF_8);
    checker = new QuotedCodeChecker(root);
  }

  @Test
  void acceptsAnExcerptIndentedDifferentlyFromItsSource() throws IOException {
    Path doc =
        doc(
            "Some prose.",
            "",
            "<!-- quote: src/Greeter.java -->",
            "",
            "```java",
            "String greeting = \"hello \" + name;",
            "return greeting;",
            "```");

    assertThat(checker.problemsIn(doc)).isEmpty();
  }

  @Test
  void namesTheDocAndLineOfAJavaBlockWithoutMarker() throws IOException {
    Path doc = doc("Some prose.", "", "```java", "return greeting;", "```");

    assertThat(checker.problemsIn(doc))
        .singleElement()
        .asString()
        .startsWith("doc.md:3: java block has no quote marker;");
  }

  @Test
  void namesBothFilesWhenTheBlockIsNotInItsSource() throws IOException {
    Path doc =
        doc(
            "<!-- quote: src/Greeter.java -->",
            "```java",
            "String greeting = \"hello \" + name;",
            "return name;",
            "```");

    assertThat(checker.problemsIn(doc))
        .containsExactly(
            "doc.md:2: java block is not found in src/Greeter.java (compared line by line, leading"
                + " indentation ignored); its first line is: String greeting = \"hello \" + name;");
  }

  @Test
  void requiresTheLinesOfABlockToBeContiguousInItsSource() throws IOException {
    Path doc =
        doc(
            "<!-- quote: src/Greeter.java -->",
            "```java",
            "class Greeter {",
            "return greeting;",
            "```");

    assertThat(checker.problemsIn(doc)).singleElement().asString().contains("is not found in");
  }

  @Test
  void namesAMarkerThatPointsToNoFile() throws IOException {
    Path doc = doc("<!-- quote: src/Missing.java -->", "```java", "return greeting;", "```");

    assertThat(checker.problemsIn(doc))
        .containsExactly(
            "doc.md:2: the quote marker names src/Missing.java, which is not a file of the"
                + " repository");
  }

  @Test
  void checksOnlyJavaBlocks() throws IOException {
    Path doc =
        doc(
            "```xml",
            "<scope>test</scope>",
            "```",
            "```",
            "mvn test",
            "```",
            "```text",
            "@Test(threadPoolSize = 4)",
            "```");

    assertThat(checker.problemsIn(doc)).isEmpty();
  }

  @Test
  void aMarkerAppliesOnlyToTheBlockRightAfterIt() throws IOException {
    Path doc =
        doc(
            "<!-- quote: src/Greeter.java -->",
            "```java",
            "return greeting;",
            "```",
            "Prose between the blocks.",
            "```java",
            "return greeting;",
            "```");

    assertThat(checker.problemsIn(doc))
        .singleElement()
        .asString()
        .startsWith("doc.md:6: java block has no quote marker;");
  }

  private Path doc(String... lines) throws IOException {
    Path doc = root.resolve("doc.md");
    Files.writeString(doc, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return doc;
  }
}
