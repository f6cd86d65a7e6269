package io.github.parallelthreads.internal.perturbation;

import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;

/**
 * What the rest of the library asks of brutal mode: whether the agent is there, and to disturb a
 * scope for as long as a run with perturbation on lasts.
 */
public final class Perturbation {

  private Perturbation() {}

  /** Whether the JVM was started with the library's jar as a Java agent. */
  public static boolean agentInstalled() {
    return PerturbationAgent.installed() != null;
  }

  /**
   * Puts noise points into the classes of the scope, those already loaded (retransformed) and those
   * loaded from now on, until the activation is closed; then they are put back as they were.
   *
   * @param scope the code under test
   * @return the activation, to close when the run ends
   * @throws IllegalStateException without the agent
   */
  public static Activation activate(Scope scope) {
    PerturbationAgent.Installed agent = PerturbationAgent.installed();
    if (agent == null) {
      throw new IllegalStateException("the library's jar is not a Java agent of this JVM");
    }
    agent.transformer().activate(scope);
    retransform(agent.instrumentation(), loadedClassesIn(scope, agent.instrumentation()));
    return new Activation(agent, scope);
  }

  /**
   * Whether a class carries noise points now; for the library's tests.
   *
   * @param type a loaded class
   */
  public static boolean isInstrumented(Class<?> type) {
    PerturbationAgent.Installed agent = PerturbationAgent.installed();
    return agent != null && agent.transformer().isInstrumented(type);
  }

  /**
   * Where this library's classes were loaded from, as a file path: the jar to give to {@code
   * -javaagent} when it is a jar; null if unknown.
   */
  public static String libraryLocation() {
    CodeSource source = Noise.class.getProtectionDomain().getCodeSource();
    URL location = source == null ? null : source.getLocation();
    if (location == null) {
      return null;
    }
    try {
      return Path.of(location.toURI()).toString();
    } catch (URISyntaxException | IllegalArgumentException notAFile) {
      return location.toString();
    }
  }

  private static List<Class<?>> loadedClassesIn(Scope scope, Instrumentation instrumentation) {
    List<Class<?>> inScope = new ArrayList<>();
    for (Class<?> loaded : instrumentation.getAllLoadedClasses()) {
      if (loaded.getClassLoader() != null
          && instrumentation.isModifiableClass(loaded)
          && scope.covers(
              loaded.getClassLoader(),
              loaded.getName().replace('.', '/'),
              loaded.getProtectionDomain())) {
        inScope.add(loaded);
      }
    }
    return inScope;
  }

  /**
   * Retransforms the classes, all at once, or one by one if that fails, so that one class the JVM
   * refuses does not keep the others as they were.
   */
  private static void retransform(Instrumentation instrumentation, List<Class<?>> classes) {
    if (classes.isEmpty()) {
      return;
    }
    try {
      instrumentation.retransformClasses(classes.toArray(new Class<?>[0]));
    } catch (UnmodifiableClassException | RuntimeException | LinkageError batchRefused) {
      for (Class<?> type : classes) {
        try {
          instrumentation.retransformClasses(type);
        } catch (UnmodifiableClassException | RuntimeException | LinkageError refused) {
          // this class keeps the code it had
        }
      }
    }
  }

  /** A scope disturbed until {@link #close()}. */
  public static final class Activation implements AutoCloseable {

    private final PerturbationAgent.Installed agent;
    private final Scope scope;
    private boolean closed;

    private Activation(PerturbationAgent.Installed agent, Scope scope) {
      this.agent = agent;
      this.scope = scope;
    }

    /** How many classes carry noise points now, in this scope or another active one. */
    public int instrumentedClasses() {
      return agent.transformer().instrumentedCount();
    }

    /**
     * Puts the classes back as they were; those another active scope covers get their noise points
     * again.
     */
    @Override
    public synchronized void close() {
      if (closed) {
        return;
      }
      closed = true;
      NoiseTransformer transformer = agent.transformer();
      transformer.deactivate(scope);
      List<Class<?>> instrumented = new ArrayList<>();
      for (Class<?> loaded : agent.instrumentation().getAllLoadedClasses()) {
        if (transformer.isInstrumented(loaded)) {
          instrumented.add(loaded);
        }
      }
      transformer.forgetInstrumented();
      retransform(agent.instrumentation(), instrumented);
    }
  }
}
