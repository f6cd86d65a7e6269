package io.github.parallelthreads;

/**
 * Lets the threads of a parallel run check that they computed the same value at the same step.
 *
 * <p>Declare it as a test method parameter; declared anywhere else (a constructor, a
 * {@code @BeforeEach} or other lifecycle method) it would compare nothing, and JUnit fails the test
 * with a {@link org.junit.jupiter.api.extension.ParameterResolutionException} that says so. Every
 * thread calls {@link #check(String, Object)} with a label and its value; the call returns once
 * every other thread has checked the same label in the same iteration, or has finished that
 * iteration without reaching it (for example because it failed earlier), so it never waits for a
 * thread that will not come. When the values differ, every thread that checked fails with a message
 * naming the threads and their values.
 *
 * <pre>{@code
 * @ParallelThreads(8)
 * @Test
 * void formatsTheSameWayOnEveryThread(ThreadComparator comparator) {
 *   comparator.check("formatted", formatter.format(INSTANT));
 * }
 * }</pre>
 *
 * <p>Values are compared with {@link java.util.Objects#deepEquals(Object, Object)}. A label checked
 * several times by the same thread within one iteration is compared occurrence by occurrence. On a
 * single thread the call checks nothing and returns the value.
 */
public interface ThreadComparator {

  /**
   * Waits until the other threads have checked {@code label} in this iteration, then fails if any
   * of them passed a different value.
   *
   * @param label names the step being compared; must not be {@code null}
   * @param value the value this thread computed; may be {@code null}
   * @param <T> the type of the value
   * @return {@code value}, for use in an expression
   * @throws org.opentest4j.AssertionFailedError if the threads disagree
   */
  <T> T check(String label, T value);
}
