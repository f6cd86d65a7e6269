package io.github.parallelthreads.internal;

import io.github.parallelthreads.ParallelThreadsExtension;
import io.github.parallelthreads.internal.execution.AroundBody;
import io.github.parallelthreads.internal.perturbation.Perturbation;
import io.github.parallelthreads.internal.perturbation.RunNoise;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Brutal mode for the length of one engine run: the scope is disturbed from the first parallel test
 * on, and put back as it was when the root context's store closes, so that a later run in the same
 * JVM with perturbation off finds every class untouched.
 *
 * <p>It is both kinds of closeable value: JUnit 5.10 to 5.12 close only {@code CloseableResource},
 * later versions close {@code AutoCloseable} and deprecate the other; closing twice does nothing.
 */
@SuppressWarnings("deprecation")
final class PerturbationSession implements ExtensionContext.Store.CloseableResource, AutoCloseable {

  private static final Namespace NAMESPACE = Namespace.create(ParallelThreadsExtension.class);

  private final PerturbationSettings settings;
  private final Perturbation.Activation activation;

  private PerturbationSession(PerturbationSettings settings) {
    this.settings = settings;
    this.activation = Perturbation.activate(settings.scope());
  }

  /**
   * The run's session, started by the first parallel test that asks.
   *
   * @throws ExtensionConfigurationException when the JVM was started without the agent
   */
  static PerturbationSession of(ExtensionContext context, PerturbationSettings settings) {
    if (!Perturbation.agentInstalled()) {
      throw new ExtensionConfigurationException(MissingAgentMessage.text());
    }
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            PerturbationSession.class,
            key -> new PerturbationSession(settings),
            PerturbationSession.class);
  }

  /**
   * The noise of one parallel run, to close when its workers are done.
   *
   * @param testId the test's unique ID, so that every test and repetition draws its own choices
   */
  RunNoise startRun(String testId, int threadCount) {
    return new RunNoise(settings.seed(), testId, threadCount);
  }

  /** Has the workers of a run enter and leave its noise around every body. */
  static AroundBody around(RunNoise noise) {
    return new AroundBody() {
      @Override
      public void beforeBody(int threadIndex, int iterationIndex) {
        noise.enter(threadIndex, iterationIndex);
      }

      @Override
      public void afterBody() {
        noise.leave();
      }
    };
  }

  /** The report entry: the seed, the scope and what the workers met of it. */
  String reportEntry(RunNoise noise) {
    return "seed "
        + noise.seed()
        + "; scope: "
        + settings.scope().describe()
        + ", "
        + activation.instrumentedClasses()
        + " classes instrumented; the workers passed "
        + noise.points()
        + " noise points, paused at "
        + noise.pauses()
        + " and met at "
        + noise.meetings();
  }

  /** The sentences a failure message carries: how to rerun with the same noise. */
  String failureNote(RunNoise noise) {
    String rerun =
        "Perturbation on, seed "
            + noise.seed()
            + ": rerun with -D"
            + ParallelThreadsExtension.PERTURB_SEED_PROPERTY_NAME
            + "="
            + noise.seed()
            + " to make the same random choices ("
            + noise.points()
            + " noise points passed, "
            + noise.pauses()
            + " pauses, "
            + noise.meetings()
            + " meetings).";
    if (noise.points() > 0) {
      return rerun;
    }
    return rerun
        + " The workers passed no noise point: the body did not reach the code in scope ("
        + settings.scope().describe()
        + "); name the packages of the code under test in "
        + ParallelThreadsExtension.PERTURB_PACKAGES_PROPERTY_NAME
        + ".";
  }

  @Override
  public void close() {
    activation.close();
  }
}
