package io.github.parallelthreads.internal.perturbation;

import java.lang.instrument.Instrumentation;

/**
 * The entry point of the library's jar as a Java agent ({@code
 * -javaagent:junit-parallel-threads.jar}, the jar's {@code Premain-Class}). It registers the {@link
 * NoiseTransformer}, which changes nothing until a run with perturbation on activates a scope.
 * Public only because the JVM calls it.
 *
 * <p>There is no {@code agentmain}: the library does not attach itself to a running JVM, which Java
 * 21 and later warn about (JEP 451) and which needs {@code -Djdk.attach.allowAttachSelf=true}.
 */
public final class PerturbationAgent {

  private static volatile Installed installed;

  /** The agent's instrumentation and its transformer, once the JVM has started the agent. */
  record Installed(Instrumentation instrumentation, NoiseTransformer transformer) {}

  private PerturbationAgent() {}

  /**
   * Called by the JVM before {@code main} when the jar is given with {@code -javaagent}.
   *
   * @param arguments what followed {@code =} after the jar's path; none are read
   * @param instrumentation the JVM's instrumentation
   */
  public static void premain(String arguments, Instrumentation instrumentation) {
    synchronized (PerturbationAgent.class) {
      if (installed == null) {
        NoiseTransformer transformer = new NoiseTransformer();
        instrumentation.addTransformer(transformer, true);
        installed = new Installed(instrumentation, transformer);
      }
    }
  }

  /** The installed agent, or null when the JVM was started without it. */
  static Installed installed() {
    return installed;
  }
}
