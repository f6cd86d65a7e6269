package io.github.parallelthreads.perturbation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.parallelthreads.Iterations;
import io.github.parallelthreads.ParallelContext;
import io.github.parallelthreads.ParallelThreads;
import io.github.parallelthreads.internal.perturbation.Perturbation;
import io.github.parallelthreads.perturbation.scoped.Counter;
import io.github.parallelthreads.perturbation.scoped.MapFiller;
import io.github.parallelthreads.perturbation.scoped.RaceFreeTally;
import io.github.parallelthreads.perturbation.unscoped.OtherCounter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Fixtures of {@code PerturbationTests}, in a package of their own so that the library's own test
 * package (whose classes brutal mode treats as the library's) does not hide them.
 */
public final class PerturbedTestCases {

  /** What the fixtures saw while they ran: whether each class carried noise points. */
  public static final Map<String, Boolean> INSTRUMENTED = new ConcurrentHashMap<>();

  private PerturbedTestCases() {}

  /**
   * Each body passes exactly two noise points, in {@link Counter}; JUnit's thread and a thread the
   * body starts pass more, and the code outside the scope as many, none of which may count.
   */
  @ParallelThreads(2)
  @Iterations(3)
  public static class ScopeTestCase {

    @BeforeEach
    void onJunitsThread() {
      for (int i = 0; i < 100; i++) {
        Counter.hit();
      }
    }

    @Test
    void body(ParallelContext context) throws InterruptedException {
      Counter.hit();
      OtherCounter.hit();
      if (context.threadIndex() == 0 && context.iterationIndex() == 0) {
        Thread started = new Thread(PerturbedTestCases::hitOftenOnAnotherThread);
        started.start();
        started.join();
      }
      INSTRUMENTED.put("Counter", Perturbation.isInstrumented(Counter.class));
      INSTRUMENTED.put("OtherCounter", Perturbation.isInstrumented(OtherCounter.class));
    }
  }

  static void hitOftenOnAnotherThread() {
    for (int i = 0; i < 100; i++) {
      Counter.hit();
    }
  }

  /**
   * Each body calls {@code HashMap.put} 10 times from code in scope: 10 noise points before the
   * calls, none inside the JDK's class.
   */
  @ParallelThreads(2)
  @Iterations(3)
  public static class JdkCallsTestCase {

    @Test
    void body() {
      MapFiller.fill(new HashMap<>(), 10);
      INSTRUMENTED.put("HashMap", Perturbation.isInstrumented(HashMap.class));
    }
  }

  /** Thread-safe code under test, disturbed many times per body: it must stay green. */
  @ParallelThreads(4)
  @Iterations(50)
  public static class RaceFreeTestCase {

    private final RaceFreeTally tally = new RaceFreeTally();

    @Test
    void body(ParallelContext context) {
      for (int i = 0; i < 20; i++) {
        tally.add(context.threadIndex());
      }
    }

    @AfterEach
    void everyAddCounted() {
      int expected = 4 * 50 * 20;
      assertEquals(expected, tally.atomicCount());
      assertEquals(expected, tally.guardedCount());
      assertEquals(expected, tally.slotSum());
      assertEquals(expected, tally.perThreadSum());
    }
  }

  /** One thread, many points: the same seed must make the same choices. */
  @ParallelThreads(1)
  @Iterations(20)
  public static class OneThreadTestCase {

    @Test
    void body() {
      for (int i = 0; i < 100; i++) {
        Counter.hit();
      }
    }
  }

  /** One thread, many points, two repetitions: each repetition must make choices of its own. */
  @ParallelThreads(1)
  @Iterations(5)
  public static class RepeatedTestCase {

    @RepeatedTest(2)
    void body() {
      for (int i = 0; i < 100; i++) {
        Counter.hit();
      }
    }
  }

  /** Fails on every thread, so that the failure message shows the seed. */
  @ParallelThreads(2)
  public static class FailingTestCase {

    @Test
    void body() {
      Counter.hit();
      fail("always");
    }
  }

  /** Fails without reaching the code in scope. */
  @ParallelThreads(2)
  public static class OutOfScopeTestCase {

    @Test
    void body() {
      OtherCounter.hit();
      fail("always");
    }
  }
}
