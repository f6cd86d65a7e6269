package io.github.parallelthreads.internal.classfile;

import java.util.List;
import org.objectweb.asm.Opcodes;

/**
 * A field as its class file declares it.
 *
 * @param name the field name
 * @param descriptor the type descriptor, such as {@code I} or {@code Ljava/nio/file/Path;}
 * @param access the access flags of the class file
 * @param annotations the descriptors of its annotations visible at run time, such as {@code
 *     Lorg/junit/jupiter/api/io/TempDir;}
 */
public record FieldSummary(String name, String descriptor, int access, List<String> annotations) {

  public FieldSummary {
    annotations = List.copyOf(annotations);
  }

  public boolean isStatic() {
    return (access & Opcodes.ACC_STATIC) != 0;
  }

  public boolean isFinal() {
    return (access & Opcodes.ACC_FINAL) != 0;
  }

  /** Made by the compiler, such as {@code this$0} or {@code $assertionsDisabled}. */
  public boolean isSynthetic() {
    return (access & Opcodes.ACC_SYNTHETIC) != 0;
  }

  public boolean isEnumConstant() {
    return (access & Opcodes.ACC_ENUM) != 0;
  }

  public boolean isAnnotated(String annotationDescriptor) {
    return annotations.contains(annotationDescriptor);
  }
}
