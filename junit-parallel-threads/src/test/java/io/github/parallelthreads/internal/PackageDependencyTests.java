package io.github.parallelthreads.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parallelthreads.ParallelThreadsExtension;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The library's packages use each other only as their {@code package-info} says, read from the
 * compiled classes (the library's jar when compat-tests rerun this suite), and none grows into a
 * drawer.
 */
class PackageDependencyTests {

  private static final String LIBRARY = "io/github/parallelthreads";
  private static final String INTERNAL = LIBRARY + "/internal";
  private static final String SHADED = INTERNAL + "/shaded/";

  /** Which other packages of the library each package may use. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          LIBRARY,
          Set.of(INTERNAL, INTERNAL + "/execution"),
          INTERNAL,
          Set.of(
              LIBRARY,
              INTERNAL + "/classfile",
              INTERNAL + "/detection",
              INTERNAL + "/execution",
              INTERNAL + "/perturbation",
              INTERNAL + "/sharing"),
          INTERNAL + "/classfile",
          Set.of(LIBRARY),
          INTERNAL + "/detection",
          Set.of(LIBRARY, INTERNAL + "/classfile"),
          INTERNAL + "/sharing",
          Set.of(LIBRARY, INTERNAL + "/classfile"),
          INTERNAL + "/execution",
          Set.of(LIBRARY),
          INTERNAL + "/perturbation",
          Set.of());

  private static final int MAX_CLASSES_PER_PACKAGE = 30;

  private static final Pattern LIBRARY_CLASS = Pattern.compile(LIBRARY + "/[\\w/$]+");

  /** Package to the library packages its classes refer to, with one example reference each. */
  private static final Map<String, Map<String, String>> USES = new TreeMap<>();

  private static final Map<String, Set<String>> TOP_LEVEL_CLASSES = new TreeMap<>();

  @BeforeAll
  static void readTheLibrarysClasses() throws IOException, URISyntaxException {
    Path location =
        Path.of(
            ParallelThreadsExtension.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    if (Files.isDirectory(location)) {
      readAll(location);
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        readAll(jar.getPath("/"));
      }
    }
  }

  private static void readAll(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root.resolve(LIBRARY))) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = root.relativize(file).toString().replace('\\', '/');
        if (name.endsWith(".class") && !name.startsWith(SHADED)) {
          read(name.substring(0, name.length() - ".class".length()), Files.readAllBytes(file));
        }
      }
    }
  }

  /**
   * Records the library classes one class file names. Every class a class refers to is named in its
   * constant pool in internal form ({@code io/github/...}), alone or inside a descriptor, so the
   * names can be read off the bytes without parsing them.
   */
  private static void read(String self, byte[] classFile) {
    String ownPackage = packageOf(self);
    if (!self.contains("$")) {
      TOP_LEVEL_CLASSES.computeIfAbsent(ownPackage, key -> new TreeSet<>()).add(self);
    }
    Map<String, String> uses = USES.computeIfAbsent(ownPackage, key -> new TreeMap<>());
    Matcher named = LIBRARY_CLASS.matcher(new String(classFile, StandardCharsets.ISO_8859_1));
    while (named.find()) {
      String internalName = named.group();
      String used = packageOf(internalName);
      if (!used.equals(ownPackage)) {
        uses.putIfAbsent(used.startsWith(SHADED) ? SHADED : used, self + " -> " + internalName);
      }
    }
  }

  private static String packageOf(String internalName) {
    int slash = internalName.lastIndexOf('/');
    return slash < 0 ? "" : internalName.substring(0, slash);
  }

  @Test
  void everyPackageUsesOnlyThePackagesItsPackageInfoAllows() {
    assertThat(USES).as("the library's packages").containsOnlyKeys(ALLOWED.keySet());
    Set<String> violations = new TreeSet<>();
    USES.forEach(
        (user, used) ->
            used.forEach(
                (usedPackage, example) -> {
                  boolean shadedAsm =
                      usedPackage.equals(SHADED)
                          && (user.endsWith("/classfile") || user.endsWith("/perturbation"));
                  if (!shadedAsm && !ALLOWED.get(user).contains(usedPackage)) {
                    violations.add(example);
                  }
                }));
    assertThat(violations).as("references across packages that the design rules out").isEmpty();
  }

  @Test
  void noPackageHoldsMoreThanThirtyClasses() {
    TOP_LEVEL_CLASSES.forEach(
        (packageName, classes) ->
            assertThat(classes)
                .as("top-level classes of " + packageName)
                .hasSizeLessThanOrEqualTo(MAX_CLASSES_PER_PACKAGE));
  }
}
