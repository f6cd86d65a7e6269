package io.github.parallelthreads.internal.detection;

import java.util.regex.Pattern;

/**
 * One entry of {@code junit.parallel.thread-unsafe-methods}: a method {@code
 * com.acme.Registry#register} (every overload), every method of a class {@code
 * com.acme.Registry#*}, or every class of a package {@code com.acme.legacy.*}, sub-packages
 * included. Classes are named as the JVM names them: a nested class is {@code
 * com.acme.FooTest$Inner}.
 *
 * @param className the class of the first two forms; null for a package
 * @param methodName the method of the first form; null for the other two
 * @param packagePrefix the package followed by a dot, for the third form; null for the others
 */
public record MethodPattern(String className, String methodName, String packagePrefix) {

  /** The forms an entry may take, as an error message lists them. */
  public static final String FORMS =
      "com.acme.Class#method, com.acme.Class#* (every method of the class)"
          + " or com.acme.package.* (every class of the package and its sub-packages)";

  private static final String IDENTIFIER = "[\\p{L}_$][\\p{L}\\p{N}_$]*";
  private static final String QUALIFIED = IDENTIFIER + "(?:\\." + IDENTIFIER + ")*";
  private static final Pattern OF_CLASS =
      Pattern.compile("(" + QUALIFIED + ")#(" + IDENTIFIER + "|\\*)");
  private static final Pattern OF_PACKAGE = Pattern.compile("(" + QUALIFIED + ")\\.\\*");

  /** The entry as a pattern, or null if it has none of the {@link #FORMS}. */
  public static MethodPattern parse(String entry) {
    var ofClass = OF_CLASS.matcher(entry);
    if (ofClass.matches()) {
      String method = ofClass.group(2);
      return new MethodPattern(ofClass.group(1), method.equals("*") ? null : method, null);
    }
    var ofPackage = OF_PACKAGE.matcher(entry);
    if (ofPackage.matches()) {
      return new MethodPattern(null, null, ofPackage.group(1) + ".");
    }
    return null;
  }

  /** Whether the pattern covers the method of the class, given by its binary name. */
  boolean matches(String ownerClassName, String name) {
    return coversEveryMethodOf(ownerClassName)
        || (methodName != null && methodName.equals(name) && className.equals(ownerClassName));
  }

  /** Whether the pattern covers every method of the class: its class or its package is listed. */
  boolean coversEveryMethodOf(String ownerClassName) {
    if (packagePrefix != null) {
      return ownerClassName.startsWith(packagePrefix);
    }
    return methodName == null && className.equals(ownerClassName);
  }

  @Override
  public String toString() {
    if (packagePrefix != null) {
      return packagePrefix + "*";
    }
    return className + "#" + (methodName == null ? "*" : methodName);
  }
}
