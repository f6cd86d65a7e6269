package io.github.parallelthreads.examples.output;

import io.github.parallelthreads.ThreadUnsafe;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test, or a test class, that captures {@code System.out}: a project's own name for one
 * kind of thread-unsafe test. Being annotated with {@code @ThreadUnsafe}, it has the same effect,
 * with the reason given here.
 */
@ThreadUnsafe(reason = "captures System.out")
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@interface CapturesStandardOutput {}
