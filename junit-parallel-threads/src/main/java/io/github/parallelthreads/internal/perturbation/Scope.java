package io.github.parallelthreads.internal.perturbation;

import java.net.URL;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which classes are the code under test, and so disturbed: by default those loaded from directories
 * on the class path (a project's own main and test output: {@code target/classes}, {@code
 * build/classes/java/test}, an IDE's {@code out/}), or the classes of named packages instead. The
 * JDK, JUnit and this library are never in scope.
 */
public final class Scope {

  private static final Pattern PACKAGE_NAME =
      Pattern.compile(
          "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
              + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

  /**
   * The library's internal packages, worked out from this package's name rather than written out,
   * so that this package names no other package of the library (PackageDependencyTests reads the
   * names a class file holds).
   */
  private static final String LIBRARY_INTERNAL =
      Noise.INTERNAL_NAME.substring(0, Noise.INTERNAL_NAME.lastIndexOf("perturbation/"));

  /** The API package itself, whose classes sit directly in it; its sub-packages are not the API. */
  private static final String API_PACKAGE =
      LIBRARY_INTERNAL.substring(0, LIBRARY_INTERNAL.length() - "internal/".length());

  /**
   * Packages never disturbed, in internal form: a pause inside them would be a pause in the tool.
   */
  private static final List<String> NEVER =
      List.of(
          "java/",
          "javax/",
          "jdk/",
          "sun/",
          "com/sun/",
          "org/junit/",
          "org/opentest4j/",
          "org/apiguardian/",
          LIBRARY_INTERNAL);

  /** Where this library's classes come from: never disturbed, whether a jar or a directory. */
  private static final String LIBRARY = locationOf(Noise.class.getProtectionDomain());

  private final List<String> packagePrefixes;

  private Scope(List<String> packagePrefixes) {
    this.packagePrefixes = List.copyOf(packagePrefixes);
  }

  /** The default: classes loaded from directories on the class path. */
  public static Scope classPathDirectories() {
    return new Scope(List.of());
  }

  /**
   * The classes of the named packages and their sub-packages, wherever they are loaded from.
   *
   * @param packageNames package names such as {@code com.acme}, each valid by {@link
   *     #whyNotAllowed}
   */
  public static Scope packages(List<String> packageNames) {
    return new Scope(
        packageNames.stream()
            .map(name -> name.replace('.', '/') + "/")
            .collect(Collectors.toList()));
  }

  /**
   * Why a package cannot be named, or null if it can.
   *
   * @param packageName what the user wrote
   */
  public static String whyNotAllowed(String packageName) {
    if (!PACKAGE_NAME.matcher(packageName).matches()) {
      return "not a package name";
    }
    String internal = packageName.replace('.', '/') + "/";
    if (neverDisturbed(internal) || internal.equals(API_PACKAGE)) {
      return "the JDK, JUnit and this library are never disturbed";
    }
    return null;
  }

  /**
   * Whether a class is in scope.
   *
   * @param loader the class's defining loader; null for the boot loader
   * @param internalName the class's name in internal form ({@code com/acme/Foo})
   * @param domain the class's protection domain, which says where it was loaded from
   */
  boolean covers(ClassLoader loader, String internalName, ProtectionDomain domain) {
    if (loader == null
        || loader == ClassLoader.getPlatformClassLoader()
        || internalName == null
        || neverDisturbed(internalName)
        || isApiClass(internalName)) {
      return false;
    }
    String location = locationOf(domain);
    if (location != null && location.equals(LIBRARY)) {
      return false;
    }
    if (packagePrefixes.isEmpty()) {
      // a directory's URL ends with a slash, a jar's does not
      return location != null && location.startsWith("file:") && location.endsWith("/");
    }
    for (String prefix : packagePrefixes) {
      if (internalName.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Says what is in scope, for messages. */
  public String describe() {
    if (packagePrefixes.isEmpty()) {
      return "classes loaded from directories on the class path";
    }
    return "packages "
        + packagePrefixes.stream()
            .map(prefix -> prefix.substring(0, prefix.length() - 1).replace('/', '.'))
            .collect(Collectors.joining(", "));
  }

  private static boolean neverDisturbed(String internalName) {
    for (String prefix : NEVER) {
      if (internalName.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isApiClass(String internalName) {
    return internalName.startsWith(API_PACKAGE)
        && internalName.indexOf('/', API_PACKAGE.length()) < 0;
  }

  /** Where a class was loaded from, as a string: URL.equals would resolve host names. */
  private static String locationOf(ProtectionDomain domain) {
    CodeSource source = domain == null ? null : domain.getCodeSource();
    URL location = source == null ? null : source.getLocation();
    return location == null ? null : location.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Scope scope && scope.packagePrefixes.equals(packagePrefixes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(packagePrefixes);
  }

  @Override
  public String toString() {
    return describe();
  }
}
