/**
 * Reads class files, with the ASM relocated into the library's jar, into small summaries of what
 * each method calls and carries: the raw material of the "called" thread-unsafe verdict.
 *
 * <p>It knows nothing of tests, JUnit or verdicts; of the library it uses only the API package, to
 * recognise {@code @ThreadUnsafe} on a method it reads.
 */
package io.github.parallelthreads.internal.classfile;
