package io.github.parallelthreads.benchmarks.race;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One runner's attempt at one kernel within a budget of body executions. The runners' test bodies
 * call {@link #current()}{@code .execute()}; everything they share lives here.
 *
 * <p>Once the race has been exposed, later calls return at once without running the kernel (the
 * first exposure is what is measured), but they are still counted as invocations, so that the
 * harness can check that the runner made the calls it was asked to make.
 */
public final class Trial {

  /** Not exposed. */
  public static final int NONE = Integer.MAX_VALUE;

  private static volatile Trial current;

  private final Kernel<Object> kernel;
  private final SharedStates<Object> states;
  private final AtomicInteger invocations = new AtomicInteger();
  private final AtomicInteger executions = new AtomicInteger();
  private final AtomicInteger firstExposure = new AtomicInteger(NONE);
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();

  @SuppressWarnings("unchecked")
  Trial(Kernel<?> kernel, int usesPerState) {
    this.kernel = (Kernel<Object>) kernel;
    this.states = new SharedStates<>(this.kernel::newState, usesPerState);
  }

  static void begin(Trial trial) {
    current = trial;
  }

  /** The trial the harness is running now. */
  public static Trial current() {
    Trial trial = current;
    if (trial == null) {
      throw new IllegalStateException("no trial: run this class through RaceExposure");
    }
    return trial;
  }

  /**
   * One body execution.
   *
   * @throws RaceExposedError if this execution exposed the race
   */
  public void execute() {
    invocations.incrementAndGet();
    if (firstExposure.get() != NONE) {
      return;
    }
    int execution = executions.incrementAndGet();
    // shows whether a runner really overlaps its bodies
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      kernel.exercise(states.acquire(), execution);
    } catch (RaceExposedError exposed) {
      firstExposure.accumulateAndGet(execution, Math::min);
      throw exposed;
    } catch (RuntimeException symptom) {
      // thread-unsafe collections and formatters also fail by throwing; the sequential control
      // run (RaceExposure) proves that each kernel never throws without concurrency
      firstExposure.accumulateAndGet(execution, Math::min);
      throw new RaceExposedError(kernel.name() + " threw " + symptom, symptom);
    } catch (Throwable other) {
      unexpected.add(other);
      throw other;
    } finally {
      inFlight.decrementAndGet();
    }
  }

  /** The most bodies that ran at the same moment. */
  int maxInFlight() {
    return maxInFlight.get();
  }

  int invocations() {
    return invocations.get();
  }

  int executions() {
    return executions.get();
  }

  /** The number of the first execution that exposed the race, or {@link #NONE}. */
  int firstExposure() {
    return firstExposure.get();
  }

  ConcurrentLinkedQueue<Throwable> unexpected() {
    return unexpected;
  }

  Kernel<?> kernel() {
    return kernel;
  }
}
