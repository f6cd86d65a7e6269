package io.github.parallelthreads;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of the test class that every worker thread runs once, after its last iteration,
 * also when an iteration or a {@link BeforeEachThread} set-up of that thread failed: a per-thread
 * tear-down, to close what the set-up opened on the same thread.
 *
 * <ul>
 *   <li><b>Where and declaration</b> as for {@link BeforeEachThread}; tear-downs run in the reverse
 *       order, as JUnit runs {@code @AfterEach} methods: subclasses before superclasses, a
 *       {@code @Nested} class before the classes enclosing it.
 *   <li><b>Failure.</b> A tear-down that throws is that thread's failure, named in the test's
 *       failure as {@code in @AfterEachThread method ...}; the thread's other tear-downs still run.
 *   <li><b>One thread.</b> A test that runs its body once on JUnit's thread runs its tear-downs
 *       once there, just after the body, also when the body failed.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface AfterEachThread {}
