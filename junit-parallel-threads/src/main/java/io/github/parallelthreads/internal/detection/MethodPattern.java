package io.github.parallelthreads.internal.detection;

import java.util.regex.Pattern;

/**
 * One entry of {@code junit.parallel.thread-unsafe-methods}: an exact {@code
 * com.acme.Registry#register} or a package wildcard {@code com.acme.legacy.*}, which also covers
 * sub-packages.
 */
public record MethodPattern(String className, String methodName, String packagePrefix) {

  private static final String IDENTIFIER = "[\\p{L}_$][\\p{L}\\p{N}_$]*";
  private static final Pattern EXACT =
      Pattern.compile("(" + IDENTIFIER + "(?:\\." + IDENTIFIER + ")*)#(" + IDENTIFIER + ")");
  private static final Pattern WILDCARD =
      Pattern.compile("(" + IDENTIFIER + "(?:\\." + IDENTIFIER + ")*)\\.\\*");

  public static MethodPattern parse(String entry) {
    var exact = EXACT.matcher(entry);
    if (exact.matches()) {
      return new MethodPattern(exact.group(1), exact.group(2), null);
    }
    var wildcard = WILDCARD.matcher(entry);
    if (wildcard.matches()) {
      return new MethodPattern(null, null, wildcard.group(1) + ".");
    }
    return null;
  }

  boolean matches(String ownerClassName, String name) {
    if (packagePrefix != null) {
      return ownerClassName.startsWith(packagePrefix);
    }
    return className.equals(ownerClassName) && methodName.equals(name);
  }

  @Override
  public String toString() {
    return packagePrefix != null ? packagePrefix + "*" : className + "#" + methodName;
  }
}
