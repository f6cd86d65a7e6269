package io.github.parallelthreads.internal;

import io.github.parallelthreads.ParallelThreadsExtension;
import io.github.parallelthreads.internal.perturbation.Perturbation;

/** Says that brutal mode needs the agent, and how to add it where tests are usually run. */
final class MissingAgentMessage {

  private MissingAgentMessage() {}

  static String text() {
    String location = Perturbation.libraryLocation();
    String jar =
        location != null && location.endsWith(".jar") ? location : "<path of the library's jar>";
    return ParallelThreadsExtension.PERTURB_PROPERTY_NAME
        + "=on needs the library's jar as a Java agent of the test JVM, which was started without"
        + " it: add -javaagent:"
        + jar
        + " to the test JVM's options."
        + " Maven: run the maven-dependency-plugin's 'properties' goal and give Surefire"
        + " <argLine>-javaagent:${io.github.parallelthreads:junit-parallel-threads:jar}</argLine>."
        + " Gradle: tasks.test { jvmArgs(\"-javaagent:\" + configurations.getByName("
        + "\"testRuntimeClasspath\").find { it.name.startsWith(\"junit-parallel-threads-\") }) }."
        + " IntelliJ IDEA, Eclipse: add -javaagent:"
        + jar
        + " to the run configuration's VM options."
        + " The user guide's section 'Brutal mode' has the details; the library does not attach"
        + " itself to a running JVM.";
  }
}
