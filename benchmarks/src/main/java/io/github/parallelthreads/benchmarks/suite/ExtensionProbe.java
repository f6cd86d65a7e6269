package io.github.parallelthreads.benchmarks.suite;

import io.github.parallelthreads.ParallelContext;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proves which way a benchmark set-up runs tests: only the extension resolves a {@link
 * ParallelContext} parameter, so this test fails without it, and with it records on how many
 * threads its body ran. {@link RegisteredExtensions} records which extensions it ran with.
 */
@ExtendWith(RegisteredExtensions.class)
public final class ExtensionProbe {

  private static final AtomicInteger threadCount = new AtomicInteger();

  /** The thread count the probe's body last saw; 0 if it has not run. */
  public static int observedThreadCount() {
    return threadCount.get();
  }

  /** Forgets what an earlier run saw. */
  public static void reset() {
    threadCount.set(0);
  }

  @Test
  void probe(ParallelContext context) {
    threadCount.set(context.threadCount());
  }
}
