package io.github.parallelthreads;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test, a test class, or a method that tests call, as unable to run on more than one thread
 * at a time, for example because it replaces {@code System.out} or changes the default locale.
 *
 * <p>Such a test runs once, on one thread, with the reason recorded in its report entries; with
 * {@code junit.parallel.skip-thread-unsafe=true} it is skipped instead. This verdict wins over
 * {@link ParallelThreads}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface ThreadUnsafe {

  /**
   * Why the test cannot run on several threads; shown in reports.
   *
   * @return the reason, or an empty string
   */
  String reason() default "";
}
