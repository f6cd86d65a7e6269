package io.github.parallelthreads.internal.detection;

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
 * Which classes' method bodies the "called" verdict reads. Calls into the JDK, test frameworks,
 * assertion and mocking libraries, logging libraries and this extension are checked where they are
 * made, but their bodies are not read: they are not the code under test, reading them would cost
 * every test, and their own deliberate global state (Awaitility swaps the default
 * uncaught-exception handler, for one) would mark every test that uses them.
 */
final class FollowedCode {

  private static final List<String> NOT_FOLLOWED_PACKAGES =
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
          internalName(FollowedCode.class.getPackageName()) + "/");

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

  private FollowedCode() {}

  /** Whether the bodies of the class's methods are read, given its internal name. */
  static boolean contains(String internalName) {
    if (internalName.startsWith("[")) {
      return false; // an array type: clone() and Object's methods
    }
    for (String prefix : NOT_FOLLOWED_PACKAGES) {
      if (internalName.startsWith(prefix)) {
        return false;
      }
    }
    int nested = internalName.indexOf('$');
    return !API_TYPES.contains(nested < 0 ? internalName : internalName.substring(0, nested));
  }

  private static String internalName(String dottedName) {
    return dottedName.replace('.', '/');
  }
}
