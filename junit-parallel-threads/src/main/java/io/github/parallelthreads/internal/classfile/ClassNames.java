package io.github.parallelthreads.internal.classfile;

/** Turns the internal class names of class files into the names reasons show. */
public final class ClassNames {

  private ClassNames() {}

  /**
   * The simple name, as {@link Class#getSimpleName()} gives it for named classes: {@code
   * com/acme/Outer$Inner} is {@code Inner}. An anonymous class keeps its binary name ({@code
   * Outer$1}), which says more than an empty string.
   */
  public static String simpleName(String internalName) {
    String binary = internalName.substring(internalName.lastIndexOf('/') + 1);
    int dollar = binary.lastIndexOf('$');
    if (dollar < 0
        || dollar == binary.length() - 1
        || Character.isDigit(binary.charAt(dollar + 1))) {
      return binary;
    }
    return binary.substring(dollar + 1);
  }

  /**
   * How a message names the type of a field descriptor: {@code int}, {@code Path}, {@code
   * String[]}.
   */
  public static String typeName(String descriptor) {
    int dimensions = 0;
    while (descriptor.charAt(dimensions) == '[') {
      dimensions++;
    }
    String element = descriptor.substring(dimensions);
    String name =
        switch (element.charAt(0)) {
          case 'Z' -> "boolean";
          case 'B' -> "byte";
          case 'C' -> "char";
          case 'S' -> "short";
          case 'I' -> "int";
          case 'J' -> "long";
          case 'F' -> "float";
          case 'D' -> "double";
          case 'L' -> simpleName(element.substring(1, element.length() - 1));
          default -> element;
        };
    return name + "[]".repeat(dimensions);
  }

  /**
   * The name {@code junit.parallel.thread-unsafe-methods} entries use: {@code com.acme.Registry}.
   */
  public static String dotted(String internalName) {
    return internalName.replace('/', '.');
  }
}
