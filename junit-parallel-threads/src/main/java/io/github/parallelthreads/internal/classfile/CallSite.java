package io.github.parallelthreads.internal.classfile;

/**
 * A method call as a class file names it: a method invocation, or the target of a method reference.
 *
 * @param owner the internal name of the class the call names, such as {@code java/lang/System}
 * @param name the method name, {@code <init>} for a constructor
 * @param descriptor the method descriptor, which tells overloads apart when the callee is looked up
 */
public record CallSite(String owner, String name, String descriptor) {

  /** How a reason names the called method: {@code System.setOut}, or {@code new Registry()}. */
  public String describe() {
    String type = ClassNames.simpleName(owner);
    return name.equals("<init>") ? "new " + type + "()" : type + "." + name;
  }
}
