package io.github.parallelthreads;

import io.github.parallelthreads.internal.ExtensionDelegate;
import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs every test body on several threads at once, released together by a start barrier, and
 * reports the failures of every thread as one result.
 *
 * <p>Three ways to use it:
 *
 * <ul>
 *   <li>on a test or class: {@code @ExtendWith(ParallelThreadsExtension.class)}, or any of {@link
 *       ParallelThreads}, {@link ParallelThreadsLimit} and {@link Iterations}, which register it;
 *   <li>for a whole suite, with no test edited: {@code mvn test -Djunit.parallel.threads=8} with
 *       the library on the test class path;
 *   <li>in an IDE: either of the above, with the configuration parameter as a VM option or in
 *       {@code junit-platform.properties}.
 * </ul>
 *
 * <p>The thread count comes from the configuration parameter {@code junit.parallel.threads}
 * (default 1), capped by {@link ParallelThreadsLimit}, replaced by {@link ParallelThreads}, and
 * forced to one by {@link ThreadUnsafe}. JUnit's lifecycle ({@code @BeforeEach},
 * {@code @AfterEach}, instance creation, parameter resolution) runs once per test, as without the
 * extension; only the body runs on every thread, {@code junit.parallel.iterations} times each.
 *
 * <p>Interceptors of other extensions registered after this one wrap JUnit's invocation of the
 * body, which this extension replaces by its own; those registered before it (JUnit's
 * {@code @Timeout} among them) wrap the whole parallel run.
 */
public final class ParallelThreadsExtension
    implements InvocationInterceptor, ParameterResolver, ExecutionCondition {

  /**
   * The configuration parameter that sets how many threads run each test body: a whole number from
   * 1 to 10000, or {@code auto} for one thread per available processor; default {@code 1}.
   */
  public static final String THREADS_PROPERTY_NAME = "junit.parallel.threads";

  /**
   * The configuration parameter that sets how many times each thread runs the body: a whole number,
   * 1 or more; default {@code 1}. {@link Iterations} replaces it for one test.
   */
  public static final String ITERATIONS_PROPERTY_NAME = "junit.parallel.iterations";

  /**
   * The configuration parameter that skips thread-unsafe tests instead of running them on one
   * thread: {@code true} or {@code false}; default {@code false}.
   */
  public static final String SKIP_THREAD_UNSAFE_PROPERTY_NAME = "junit.parallel.skip-thread-unsafe";

  /**
   * The configuration parameter that bounds one parallel run: a duration such as {@code 500ms},
   * {@code 30s}, {@code 5m} or {@code 1h}; default {@code 5m}.
   */
  public static final String TIMEOUT_PROPERTY_NAME = "junit.parallel.timeout";

  /**
   * The configuration parameter that names thread-unsafe methods: comma-separated {@code
   * com.acme.Registry#register}, {@code com.acme.Registry#*} or {@code com.acme.legacy.*}; a test
   * that calls one of them runs on one thread. Default: empty.
   */
  public static final String THREAD_UNSAFE_METHODS_PROPERTY_NAME =
      "junit.parallel.thread-unsafe-methods";

  /**
   * The configuration parameter that turns brutal mode on: {@code on} disturbs the timing of the
   * code under test on the worker threads of every parallel run (random pauses at its field and
   * array accesses, monitors and calls into {@code java.util.concurrent}), so that a race shows in
   * far fewer runs; {@code off} leaves every class as it is. Default {@code off}. {@code on} needs
   * the library's jar as a Java agent of the test JVM ({@code -javaagent:<path of the jar>}).
   */
  public static final String PERTURB_PROPERTY_NAME = "junit.parallel.perturb";

  /**
   * The configuration parameter that sets the seed every random choice of brutal mode follows from:
   * a whole number (a {@code long}). Default: a new seed for every run, which the report entry
   * {@value #PERTURBATION_REPORT_KEY} and the failure message print, so that a run can be repeated
   * with the same noise.
   */
  public static final String PERTURB_SEED_PROPERTY_NAME = "junit.parallel.perturb.seed";

  /**
   * The configuration parameter that names the code brutal mode disturbs: comma-separated package
   * names such as {@code com.acme}, each with its sub-packages, wherever their classes are loaded
   * from. Default: the classes loaded from directories on the class path (the project's own main
   * and test output). The JDK, JUnit and this library are never disturbed.
   */
  public static final String PERTURB_PACKAGES_PROPERTY_NAME = "junit.parallel.perturb.packages";

  /** The report entry that says how many threads ran the test body. */
  public static final String THREADS_REPORT_KEY = "parallel.threads";

  /** The report entry that says how many times each thread ran the body. */
  public static final String ITERATIONS_REPORT_KEY = "parallel.iterations";

  /** The report entry that says why a test ran on one thread. */
  public static final String THREAD_UNSAFE_REPORT_KEY = "parallel.thread-unsafe";

  /** The report entry that names JVM-global state a parallel run changed. */
  public static final String GLOBAL_STATE_CHANGED_REPORT_KEY = "parallel.global-state-changed";

  /** The report entry that names threads a test body started and left running. */
  public static final String THREADS_LEFT_RUNNING_REPORT_KEY = "parallel.threads-left-running";

  /**
   * The report entry that names a class whose class file detection could not read (a class file
   * version newer than the library reads, a corrupt file), and why: the calls made in that class
   * were not checked for thread-unsafe code. Published once per class in a run, on the first test
   * whose detection needed it.
   */
  public static final String DETECTION_INCOMPLETE_REPORT_KEY = "parallel.detection-incomplete";

  /**
   * The report entry of a test that failed on several threads: what its threads shared through the
   * test itself (instance fields, {@code @TempDir} fields, static fields of the test sources, each
   * with where it was set), or {@code nothing}, which points at the code under test or JVM-global
   * state. The failure's message carries it on its line {@code Shared through the test: ...}.
   */
  public static final String SHARED_THROUGH_TEST_REPORT_KEY = "parallel.shared-through-test";

  /**
   * The report entry of a test that ran in parallel with brutal mode on: the seed, to rerun with
   * {@value #PERTURB_SEED_PROPERTY_NAME}, the scope, how many classes carry noise points, and how
   * many noise points the workers passed and paused at.
   */
  public static final String PERTURBATION_REPORT_KEY = "parallel.perturbation";

  private final ExtensionDelegate delegate = new ExtensionDelegate();

  /** Creates the extension; JUnit calls this when it registers the extension. */
  public ParallelThreadsExtension() {}

  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    delegate.interceptMethod(invocation, invocationContext, extensionContext);
  }

  @Override
  public void interceptTestTemplateMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    delegate.interceptMethod(invocation, invocationContext, extensionContext);
  }

  @Override
  public void interceptDynamicTest(
      Invocation<Void> invocation,
      DynamicTestInvocationContext invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    delegate.interceptDynamicTest(invocation, invocationContext, extensionContext);
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return delegate.evaluateExecutionCondition(context);
  }

  @Override
  public boolean supportsParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    return delegate.supportsParameter(parameterContext);
  }

  @Override
  public Object resolveParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    return delegate.resolveParameter(parameterContext, extensionContext);
  }
}
