package io.github.parallelthreads;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Always runs the annotated test (or every test of the annotated class) on {@link #value()} threads
 * at once, whatever {@code junit.parallel.threads} says and whatever {@link ParallelThreadsLimit}
 * applies.
 *
 * <p>The annotation registers {@link ParallelThreadsExtension} itself, so it works alone:
 *
 * <pre>{@code
 * @ParallelThreads(8)
 * @Test
 * void registersHandlers() { ... }
 * }</pre>
 *
 * <p>Annotations are applied from the outermost class inwards and then on the method, so an
 * annotation on the method wins over one on its class. A thread-unsafe verdict (for example {@link
 * ThreadUnsafe}) still forces the test to one thread.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(ParallelThreadsExtension.class)
public @interface ParallelThreads {

  /** The value meaning one thread per available processor. */
  int AUTO = -1;

  /**
   * How many threads run the test body at once: {@code 1} or more, or {@link #AUTO}.
   *
   * @return the thread count
   */
  int value();
}
