package io.github.parallelthreads.internal.classfile;

import io.github.parallelthreads.Iterations;
import io.github.parallelthreads.ParallelContext;
import io.github.parallelthreads.ParallelThreads;
import io.github.parallelthreads.ParallelThreadsExtension;
import io.github.parallelthreads.ParallelThreadsLimit;
import io.github.parallelthreads.ThreadComparator;
import io.github.parallelthreads.ThreadUnsafe;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Classes that are neither the code under test nor a test, known by their internal names: the JDK,
 * test frameworks, assertion and mocking libraries, logging libraries and this extension. The
 * analyses check the calls made into them but do not read their bodies.
 */
public final class LibraryCode {

  private static final String LIBRARY =
      internalName(ParallelThreadsExtension.class.getPackageName());

  private static final List<String> PACKAGES =
      List.of(
          "java/",
          "javax/",
          "jdk/",
          "sun/",
          "com/sun/",
          "org/junit/",
          "org/junitpioneer/",
          "org/opentest4j/",
          "org/apiguardian/",
          "org/assertj/",
          "org/hamcrest/",
          "org/mockito/",
          "net/bytebuddy/",
          "org/objenesis/",
          "org/awaitility/",
          "org/slf4j/",
          "ch/qos/logback/",
          "org/apache/logging/log4j/",
          // the extension's own sub-packages; the internal package itself also holds this
          // project's tests of it, which are read like any user's tests
          LIBRARY + "/internal/classfile/",
          LIBRARY + "/internal/detection/",
          LIBRARY + "/internal/execution/",
          LIBRARY + "/internal/sharing/",
          LIBRARY + "/internal/shaded/");

  /** The API types: their package also holds users' classes (this project's own tests). */
  private static final Set<String> API_TYPES =
      Stream.of(
              ParallelThreadsExtension.class,
              ParallelContext.class,
              ThreadComparator.class,
              ParallelThreads.class,
              ParallelThreadsLimit.class,
              Iterations.class,
              ThreadUnsafe.class)
          .map(type -> internalName(type.getName()))
          .collect(Collectors.toUnmodifiableSet());

  private LibraryCode() {}

  /**
   * Whether the class, given its internal name, is such library code; arrays count as the JDK's.
   */
  public static boolean contains(String internalName) {
    if (internalName.startsWith("[")) {
      return true; // an array type: clone() and Object's methods
    }
    for (String prefix : PACKAGES) {
      if (internalName.startsWith(prefix)) {
        return true;
      }
    }
    int nested = internalName.indexOf('$');
    return API_TYPES.contains(nested < 0 ? internalName : internalName.substring(0, nested));
  }

  private static String internalName(String dottedName) {
    return dottedName.replace('.', '/');
  }
}
