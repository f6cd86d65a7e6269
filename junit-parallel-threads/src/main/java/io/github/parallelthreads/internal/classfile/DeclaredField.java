package io.github.parallelthreads.internal.classfile;

/**
 * A field and the class that declares it.
 *
 * @param owner the internal name of the declaring class
 * @param field the field as that class file declares it
 */
public record DeclaredField(String owner, FieldSummary field) {

  /** How a message names the field: {@code ReportTest.dir}. */
  public String label() {
    return ClassNames.simpleName(owner) + "." + field.name();
  }
}
