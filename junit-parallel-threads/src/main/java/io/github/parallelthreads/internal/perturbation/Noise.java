package io.github.parallelthreads.internal.perturbation;

/**
 * What instrumented code calls at each noise point. Public only because the instrumented classes,
 * in the user's packages, call it.
 *
 * <p>The check a thread that is not a worker pays is one read of a static field while no run is
 * perturbed, and a thread-local lookup while one is.
 */
public final class Noise {

  /** The internal name instrumented code calls. */
  static final String INTERNAL_NAME = "io/github/parallelthreads/internal/perturbation/Noise";

  /** The name of the method instrumented code calls. */
  static final String POINT = "point";

  private static final ThreadLocal<IterationNoise> CURRENT = new ThreadLocal<>();

  /** How many runs with noise are in progress; plain reads of it are the fast path. */
  private static volatile int runsInProgress;

  private Noise() {}

  /** The descriptor of {@link #point(int)}. */
  static final String POINT_DESCRIPTOR = "(I)V";

  /**
   * A noise point: on a worker running its body, maybe pause; anywhere else, nothing.
   *
   * @param site which point: a hash of the class, the method and the point's place in it
   */
  public static void point(int site) {
    if (runsInProgress != 0) {
      IterationNoise noise = CURRENT.get();
      if (noise != null) {
        noise.point(site);
      }
    }
  }

  static synchronized void runStarted() {
    runsInProgress++;
  }

  static synchronized void runEnded() {
    runsInProgress--;
  }

  static void enter(IterationNoise noise) {
    CURRENT.set(noise);
  }

  static void leave() {
    CURRENT.remove();
  }
}
