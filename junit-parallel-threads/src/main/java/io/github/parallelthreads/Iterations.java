package io.github.parallelthreads;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test body {@link #value()} times on every thread, overriding {@code
 * junit.parallel.iterations}.
 *
 * <p>All threads wait at the start barrier again before every iteration, so each iteration is one
 * more chance for the bodies to overlap. JUnit's lifecycle ({@code @BeforeEach},
 * {@code @AfterEach}) still runs once around all iterations. An annotation on the method wins over
 * one on its class.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(ParallelThreadsExtension.class)
public @interface Iterations {

  /**
   * How many times each thread runs the body: {@code 1} or more.
   *
   * @return the iteration count
   */
  int value();
}
