package io.github.parallelthreads.internal.classfile;

/**
 * A class whose class file was there but could not be read, so the methods it declares were not
 * followed.
 *
 * @param className the class's binary name, dotted: {@code com.acme.Outer$Inner}
 * @param reason what went wrong, as the exception says it: {@code
 *     java.lang.IllegalArgumentException: Unsupported class file major version 200}
 */
public record UnreadableClass(String className, String reason) {}
