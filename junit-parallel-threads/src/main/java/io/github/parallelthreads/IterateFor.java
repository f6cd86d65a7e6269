package io.github.parallelthreads;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Keeps every thread running the test body until a time budget has passed, overriding {@code
 * junit.parallel.iterate-for}: a soak test for a suspected race.
 *
 * <pre>{@code
 * @ParallelThreads(8)
 * @IterateFor("30s")
 * @Test
 * void neverLosesAnUpdate() { ... }
 * }</pre>
 *
 * <p>All threads wait at the start barrier before every iteration, as under {@link Iterations}.
 * They iterate until the budget, counted from the first release, has passed and each has run at
 * least as many iterations as {@link Iterations} (or {@code junit.parallel.iterations}) asks for,
 * default one. The threads decide together: the last thread to reach the barrier before an
 * iteration decides for all whether it starts, so every thread runs the same number of iterations.
 *
 * <p>The run stops at the first failed iteration: once any thread fails in iteration k, no thread
 * starts iteration k + 1, and the others finish k. The failure's message, and for a passing test
 * the report entry {@link ParallelThreadsExtension#ITERATIONS_RUN_REPORT_KEY}, say how many
 * iterations ran on each thread and how long they took.
 *
 * <p>The budget must be shorter than {@code junit.parallel.timeout} (default {@code 5m}), which
 * still bounds the run: the last iteration ends after the budget, so a budget as long as the
 * timeout would always time out. Under a budget, {@link ParallelContext#iterationCount()} is not
 * known in advance and returns {@link Integer#MAX_VALUE}, the most iterations a thread can run.
 * JUnit's lifecycle ({@code @BeforeEach}, {@code @AfterEach}) still runs once around all
 * iterations; a {@code @TempDir} parameter's per-thread directory of an iteration that passed is
 * deleted when the iteration ends, so a long soak does not fill the disk. An annotation on the
 * method wins over one on its class; a thread-unsafe test runs once, as under {@link Iterations}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(ParallelThreadsExtension.class)
public @interface IterateFor {

  /**
   * How long every thread keeps iterating: a positive whole number with a unit, {@code ms}, {@code
   * s}, {@code m} or {@code h}, such as {@code 500ms}, {@code 30s} or {@code 5m}; shorter than
   * {@code junit.parallel.timeout}.
   *
   * @return the time budget
   */
  String value();
}
