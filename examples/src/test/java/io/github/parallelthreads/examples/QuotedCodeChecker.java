package io.github.parallelthreads.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every fenced {@code java} block of a Markdown file is quoted from a source file of
 * the repository, so that the documentation shows only code that compiles and runs.
 *
 * <p>A java block must be preceded (blank lines aside) by a marker line naming the file it quotes,
 * relative to the repository root: {@code <!-- quote:
 * examples/src/test/java/.../HitCounterTest.java -->}. Its lines must appear, in order and
 * contiguous, in that file. Leading indentation is ignored on both sides, since a quote is usually
 * an excerpt from a more deeply indented place. Blocks of other languages (xml, properties, shell,
 * text) are not checked.
 */
final class QuotedCodeChecker {

  private static final Pattern FENCE = Pattern.compile("^\\s*```\\s*(\\S*).*$");
  private static final Pattern MARKER =
      Pattern.compile("^\\s*<!--\\s*quote:\\s*(\\S+)\\s*-->\\s*$");

  private final Path repositoryRoot;

  /**
   * @param repositoryRoot the directory that marker paths are relative to
   */
  QuotedCodeChecker(Path repositoryRoot) {
    this.repositoryRoot = repositoryRoot;
  }

  /**
   * The problems found in one Markdown file, each naming the file (relative to the repository root)
   * and the line of the block's opening fence; empty if every java block is a faithful quote.
   */
  List<String> problemsIn(Path markdownFile) {
    String docName = repositoryRoot.relativize(markdownFile).toString().replace('\\', '/');
    List<String> lines = readLines(markdownFile);
    List<String> problems = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Matcher fence = FENCE.matcher(lines.get(i));
      if (!fence.matches()) {
        i++;
        continue;
      }
      int opening = i;
      int closing = closingFence(lines, opening);
      if (fence.group(1).equals("java")) {
        List<String> block = lines.subList(opening + 1, closing);
        problems.addAll(checkBlock(docName, opening + 1, markerBefore(lines, opening), block));
      }
      i = closing + 1;
    }
    return problems;
  }

  private List<String> checkBlock(
      String docName, int lineNumber, String marker, List<String> block) {
    String where = docName + ":" + lineNumber;
    if (marker == null) {
      return List.of(
          where
              + ": java block has no quote marker; put a line such as"
              + " <!-- quote: examples/src/test/java/.../SomeTest.java --> before it, naming the"
              + " file it is quoted from, or fence it as text if it is not Java of this repository");
    }
    Path source = repositoryRoot.resolve(marker).normalize();
    if (!source.startsWith(repositoryRoot) || !Files.isRegularFile(source)) {
      return List.of(
          where + ": the quote marker names " + marker + ", which is not a file of the repository");
    }
    if (!containsExcerpt(readLines(source), block)) {
      return List.of(
          where
              + ": java block is not found in "
              + marker
              + " (compared line by line, leading indentation ignored); its first line is: "
              + firstNonBlank(block));
    }
    return List.of();
  }

  /** The index of the fence that closes the block opened at {@code opening}, or the end of file. */
  private static int closingFence(List<String> lines, int opening) {
    for (int i = opening + 1; i < lines.size(); i++) {
      if (lines.get(i).strip().startsWith("```")) {
        return i;
      }
    }
    return lines.size();
  }

  /** The path of the marker on the nearest non-blank line above the fence, or null. */
  private static String markerBefore(List<String> lines, int fence) {
    for (int i = fence - 1; i >= 0; i--) {
      if (!lines.get(i).isBlank()) {
        Matcher marker = MARKER.matcher(lines.get(i));
        return marker.matches() ? marker.group(1) : null;
      }
    }
    return null;
  }

  private static boolean containsExcerpt(List<String> sourceLines, List<String> block) {
    List<String> source = stripLeading(sourceLines);
    List<String> excerpt = stripLeading(block);
    return !excerpt.isEmpty() && Collections.indexOfSubList(source, excerpt) >= 0;
  }

  private static List<String> stripLeading(List<String> lines) {
    return lines.stream().map(String::strip).toList();
  }

  private static String firstNonBlank(List<String> block) {
    return block.stream()
        .filter(line -> !line.isBlank())
        .findFirst()
        .orElse("(empty block)")
        .strip();
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
