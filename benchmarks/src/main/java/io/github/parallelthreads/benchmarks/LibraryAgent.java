package io.github.parallelthreads.benchmarks;

import java.io.File;
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

  /** The benchmarks module's own jar, without its dependencies. */
  private static final Pattern OWN_JAR =
      Pattern.compile("junit-parallel-threads-benchmarks-[0-9][^-]*(-SNAPSHOT)?\\.jar");

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

  /**
   * The class path of a measuring JVM, with or without the agent: the library jar, then this
   * module's own classes in their plain jar, then this uber-jar for JUnit and the rest.
   *
   * <p>Why: perturbation never disturbs the jar the library was loaded from, and in this uber-jar
   * the library and the code under test (the kernels, the suites) would be one jar, so nothing
   * would be disturbed. Laid out like this, as in a real project's test class path, the library
   * loads from its own jar and the code under test from another; the uber-jar's copies of both are
   * never reached.
   */
  public static String classPath(Path jar) throws IOException {
    Path uberJar = Path.of(System.getProperty("java.class.path")).toAbsolutePath();
    Path target = uberJar.getParent();
    try (Stream<Path> files = Files.list(target)) {
      List<Path> plain =
          files.filter(file -> OWN_JAR.matcher(file.getFileName().toString()).matches()).toList();
      if (plain.size() != 1 || !uberJar.getFileName().toString().equals("benchmarks.jar")) {
        throw new IllegalStateException(
            "expected to run from benchmarks/target/benchmarks.jar beside one plain jar of the"
                + " module, found "
                + uberJar
                + " and "
                + plain);
      }
      return String.join(
          File.pathSeparator,
          jar.toAbsolutePath().toString(),
          plain.get(0).toString(),
          uberJar.toString());
    }
  }
}
