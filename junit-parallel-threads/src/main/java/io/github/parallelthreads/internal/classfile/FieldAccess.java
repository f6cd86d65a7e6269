package io.github.parallelthreads.internal.classfile;

/**
 * A read or write of a field as a class file names it ({@code GETFIELD}, {@code PUTFIELD}, {@code
 * GETSTATIC}, {@code PUTSTATIC}).
 *
 * @param owner the internal name of the class the instruction names, which may inherit the field
 *     from a superclass; {@link ClassFileIndex#field} finds the class that declares it
 * @param name the field name
 * @param descriptor the field's type descriptor, such as {@code Ljava/nio/file/Path;}
 * @param write whether the instruction stores into the field
 * @param isStatic whether the field is static
 * @param valueFrom for a write, the call whose result is stored, if the instruction right before
 *     the store is that call (a cast in between aside), such as {@code List.of}; otherwise null
 * @param inFieldInitializer whether the access is code javac put into a constructor for a field
 *     initializer, as the line numbers tell: they lie outside the constructor's own lines
 */
public record FieldAccess(
    String owner,
    String name,
    String descriptor,
    boolean write,
    boolean isStatic,
    CallSite valueFrom,
    boolean inFieldInitializer) {}
