package io.github.parallelthreads.examples.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.parallelthreads.ParallelThreads;
import io.github.parallelthreads.examples.exposure.FixtureRun;
import org.junit.jupiter.api.Test;

// The check itself runs once, even when the examples run with -Djunit.parallel.threads=8.
@ParallelThreads(1)
class StandardOutputCaptureDetectionTest {

  @Test
  void theExtensionRunsTheCapturingTestOnOneThreadAndSaysWhy() {
    // Deterministic: the verdict comes from reading the test's code, not from a race.
    FixtureRun run =
        FixtureRun.of(StandardOutputCaptureTest.class)
            .assertAllPassed(2)
            .showRunOnOneThread("printsTheBannerToStandardOutput(");

    assertThat(run.reportEntriesOf("printsTheBannerToStandardOutput("))
        .containsOnly(
            entry("parallel.threads", "1"),
            entry(
                "parallel.thread-unsafe",
                "calls System.setOut (changes JVM-global state) from"
                    + " StandardOutputCaptureTest#printsTheBannerToStandardOutput()"
                    + " -> StandardOutputCaptureTest#captureStandardOutput()"
                    + " (overrides @ParallelThreads(8))"));
    assertThat(run.reportEntriesOf("printsTheBannerToTheStreamEachThreadPasses("))
        .containsOnly(entry("parallel.threads", "8"), entry("parallel.iterations", "1"));
  }
}
