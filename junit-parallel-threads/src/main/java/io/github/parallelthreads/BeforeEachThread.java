package io.github.parallelthreads;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of the test class that every worker thread runs once, before its first iteration
 * and before it first waits at the start barrier: a per-thread set-up, for state that must exist
 * once per thread before the threads race (a connection or session per thread, a {@code
 * ThreadLocal} or logging MDC the code under test expects).
 *
 * <p>JUnit's lifecycle runs once per test and every thread shares the test instance; this hook runs
 * on each worker, outside the race and outside the iterations. Its partner is {@link
 * AfterEachThread}.
 *
 * <pre>{@code
 * @BeforeEachThread
 * void bindTenant(ParallelContext context) {
 *   CurrentTenant.set("tenant-" + context.threadIndex()); // on this worker thread
 * }
 *
 * @AfterEachThread
 * void unbindTenant() {
 *   CurrentTenant.clear();
 * }
 * }</pre>
 *
 * <ul>
 *   <li><b>Where.</b> Instance methods of the test class, its superclasses and its interfaces
 *       (default methods), and of the classes enclosing a {@code @Nested} test class, found as
 *       JUnit finds {@code @BeforeEach} methods: enclosing classes first, superclasses before
 *       subclasses, a method overridden in a subclass counted once (and only if the override is
 *       annotated).
 *   <li><b>Declaration.</b> Not static (the test instance is what the threads share), returning
 *       {@code void}, with parameters of type {@link ParallelContext} (the worker's thread index
 *       and count) and {@link org.junit.jupiter.api.TestInfo} only. Any other declaration fails the
 *       test with a message naming the method and the fix.
 *   <li><b>Failure.</b> A set-up that throws is that thread's failure, named in the test's failure
 *       as {@code in @BeforeEachThread method ...}; the thread's later set-ups and all its
 *       iterations are skipped, its {@link AfterEachThread} methods still run, and the other
 *       threads run on: no thread waits for it. A set-up that hangs is ended by {@code
 *       junit.parallel.timeout}.
 *   <li><b>One thread.</b> A test that runs its body once on JUnit's thread (one thread, one
 *       iteration, or thread-unsafe) runs its set-ups once there, just before the body.
 *   <li><b>Registration.</b> The hooks run where the extension is registered: with an annotation of
 *       this library on the test or its class, {@code @ExtendWith(ParallelThreadsExtension.class)},
 *       or any {@code junit.parallel.*} key in a suite-wide run. JUnit itself knows nothing of
 *       them.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface BeforeEachThread {}
