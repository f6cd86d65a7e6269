package io.github.parallelthreads.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The library jar as a Java agent, which {@code junit.parallel.perturb=on} needs on the test JVM:
 * the shaded jar the library module builds (junit-parallel-threads/target), not this uber-jar.
 */
public final class LibraryAgent {

  /** The library's main jar, not its tests, sources, javadoc or the shade plugin's original. */
  private static final Pattern MAIN_JAR =
      Pattern.compile("junit-parallel-threads-[0-9][^-]*(-SNAPSHOT)?\\.jar");

  private LibraryAgent() {}

  /** The given jar, or with none the one built under junit-parallel-threads/target. */
  public static Path locate(String given) throws IOException {
    if (given != null) {
      Path jar = Path.of(given);
      if (!Files.isRegularFile(jar)) {
        throw new IllegalArgumentException("--agent: no such file: " + jar.toAbsolutePath());
      }
      return jar;
    }
    Path target = Path.of("junit-parallel-threads", "target");
    try (Stream<Path> files = Files.list(target)) {
      List<Path> jars =
          files.filter(file -> MAIN_JAR.matcher(file.getFileName().toString()).matches()).toList();
      if (jars.size() != 1) {
        throw new IllegalArgumentException(
            "expected one library jar in "
                + target.toAbsolutePath()
                + " (run from the repository root after mvn package, or give --agent JAR), found "
                + jars);
      }
      return jars.get(0);
    } catch (java.nio.file.NoSuchFileException none) {
      throw new IllegalArgumentException(
          "no " + target.toAbsolutePath() + ": run from the repository root, or give --agent JAR");
    }
  }

  /** The JVM option that loads the jar as an agent. */
  public static String option(Path jar) {
    return "-javaagent:" + jar.toAbsolutePath();
  }
}
