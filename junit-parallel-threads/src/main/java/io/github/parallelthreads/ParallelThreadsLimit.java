package io.github.parallelthreads;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Caps the number of threads the annotated test (or every test of the annotated class) runs on.
 *
 * <p>Useful for a test that is expensive on many threads: with {@code -Djunit.parallel.threads=64},
 * {@code @ParallelThreadsLimit(4)} still runs it on 4 threads. A {@link ParallelThreads} annotation
 * on the same or an inner element replaces the limit.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(ParallelThreadsExtension.class)
public @interface ParallelThreadsLimit {

  /**
   * The largest number of threads the test may run on: {@code 1} or more.
   *
   * @return the limit
   */
  int value();
}
