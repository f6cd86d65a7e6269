package io.github.parallelthreads;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.MINUTES;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Threads of the JDK's shared pools start lazily, in the thread group of the thread that first
 * needs them: when that is a worker, they join the run's group although the body did not start them
 * and they outlive every test. They are not named as threads the body left running.
 *
 * <p>Which threads those are depends on the JDK: on Java 17 the common pool's workers and
 * CompletableFuture's delay scheduler, on Java 25 the common pool's delay scheduler (its workers
 * have a group of their own there). They start once per JVM, so the fixture runs in a JVM of its
 * own, where it is the first to use them.
 */
class SharedJdkThreadsTests {

  private static final String SHARED_PREFIX = "shared threads in the run's group: ";

  @Test
  void sharedPoolThreadsThatFirstStartInABodyAreNotNamedAsLeftRunning(@TempDir Path directory)
      throws IOException, InterruptedException {
    List<String> lines = runInFreshJvm(FirstUseOfSharedPools.class, directory);

    assertThat(lines).contains("succeeded 1, failed 0", "left running: none");
    // the scenario did happen: shared threads joined the run's group
    assertThat(lines)
        .filteredOn(line -> line.startsWith(SHARED_PREFIX))
        .singleElement()
        .satisfies(
            line ->
                assertThat(line.substring(SHARED_PREFIX.length()).split(", "))
                    .isNotEmpty()
                    .allMatch(
                        name ->
                            name.equals("CompletableFutureDelayScheduler")
                                || name.equals("ForkJoinPool.commonPool-delayScheduler")
                                || name.startsWith("ForkJoinPool.commonPool-worker-"),
                        "a thread of the JDK's common pool or its delay scheduler"));
  }

  private static List<String> runInFreshJvm(Class<?> main, Path directory)
      throws IOException, InterruptedException {
    Path output = directory.resolve("output.txt");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-cp",
                System.getProperty("java.class.path"),
                main.getName())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    boolean exited = process.waitFor(3, MINUTES);
    if (!exited) {
      process.destroyForcibly();
    }
    List<String> lines = Files.readAllLines(output);
    assertThat(exited).as("the fresh JVM ended within 3 minutes; its output: %s", lines).isTrue();
    assertThat(process.exitValue()).as("exit code; output: %s", lines).isZero();
    return lines;
  }

  /** Runs the fixture in a JVM where nothing has used the common pool yet. */
  static final class FirstUseOfSharedPools {
    public static void main(String[] args) {
      JupiterRun run =
          JupiterRun.of(FirstUseOfSharedPoolsTestCase.class, "junit.parallel.threads", "2");
      System.out.println(
          "succeeded "
              + run.results().testEvents().succeeded().count()
              + ", failed "
              + run.results().testEvents().failed().count());
      System.out.println(
          "left running: "
              + run.reportEntriesOf("body(").getOrDefault("parallel.threads-left-running", "none"));
      Set<String> shared = FirstUseOfSharedPoolsTestCase.sharedInRunGroup;
      System.out.println(SHARED_PREFIX + (shared.isEmpty() ? "none" : String.join(", ", shared)));
      System.exit(0);
    }
  }

  @ExtendWith(ParallelThreadsExtension.class)
  static class FirstUseOfSharedPoolsTestCase {
    static final Set<String> sharedInRunGroup = new ConcurrentSkipListSet<>();

    @Test
    void body() throws InterruptedException {
      CountDownLatch ran = new CountDownLatch(2);
      // waiting on a latch, not on the task, so that a pool thread runs it, not this one
      ForkJoinPool.commonPool().execute(ran::countDown);
      // run by the delay scheduler itself: no further thread to wait for
      CompletableFuture.delayedExecutor(1, MILLISECONDS, Runnable::run).execute(ran::countDown);
      assertThat(ran.await(60, SECONDS)).isTrue();

      ThreadGroup runGroup = Thread.currentThread().getThreadGroup();
      Thread[] members = new Thread[runGroup.activeCount() + 16];
      int count = runGroup.enumerate(members);
      for (int i = 0; i < count; i++) {
        if (!members[i].getName().startsWith("parallel-threads ")) {
          sharedInRunGroup.add(members[i].getName());
        }
      }
    }
  }
}
