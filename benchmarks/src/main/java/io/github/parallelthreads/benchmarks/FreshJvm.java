package io.github.parallelthreads.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a main class of this jar in a fresh JVM: every measurement starts from a cold JVM. */
public final class FreshJvm {

  private FreshJvm() {}

  /** The lines the JVM printed; fails with its output if it exits non-zero. */
  public static List<String> run(Class<?> mainClass, List<String> jvmOptions, List<String> args)
      throws IOException, InterruptedException {
    return run(mainClass, jvmOptions, System.getProperty("java.class.path"), args);
  }

  /** The same with another class path than this JVM's. */
  public static List<String> run(
      Class<?> mainClass, List<String> jvmOptions, String classPath, List<String> args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass.getName());
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("measuring JVM failed: " + command + "\n" + output);
    }
    return output.lines().toList();
  }
}
