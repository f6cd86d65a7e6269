package io.github.parallelthreads.internal.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** Released threads wait on the start line until enough of them run, never longer than a bound. */
class StartLineTests {

  private static final Duration BOUNDED = Duration.ofSeconds(10);
  private static final long HOUR = TimeUnit.HOURS.toNanos(1);

  @Test
  void noThreadLeavesBeforeTheLineIsFull() throws InterruptedException {
    AtomicIntegerArray seenOnLeaving = arriveOneAtATime(new StartLine(3, 3, HOUR), 3);
    assertThat(seenOnLeaving.toString()).isEqualTo("[3, 3, 3]");
  }

  @Test
  void laterThreadsWaitForTheirOwnWave() throws InterruptedException {
    AtomicIntegerArray seenOnLeaving = arriveOneAtATime(new StartLine(2, 4, HOUR), 4);
    // the first wave left once 2 were running; the third thread waited for the fourth
    assertThat(seenOnLeaving.get(0)).isGreaterThanOrEqualTo(2);
    assertThat(seenOnLeaving.get(1)).isGreaterThanOrEqualTo(2);
    assertThat(seenOnLeaving.get(2)).isEqualTo(4);
    assertThat(seenOnLeaving.get(3)).isEqualTo(4);
  }

  /**
   * Starts the threads one at a time, each only once the one before is on the line, so a thread
   * that did not wait would leave with fewer on the line; returns what each saw on leaving.
   */
  private static AtomicIntegerArray arriveOneAtATime(StartLine line, int count)
      throws InterruptedException {
    AtomicIntegerArray seenOnLeaving = new AtomicIntegerArray(count);
    Thread[] threads = new Thread[count];
    for (int i = 0; i < count; i++) {
      int index = i;
      threads[i] =
          new Thread(
              () -> {
                line.arriveAndWait();
                seenOnLeaving.set(index, line.running());
              });
      threads[i].start();
      await().atMost(BOUNDED).until(() -> line.running() == index + 1);
    }
    for (Thread thread : threads) {
      thread.join(BOUNDED.toMillis());
      assertThat(thread.isAlive()).as("%s still on the line", thread.getName()).isFalse();
    }
    return seenOnLeaving;
  }

  @Test
  void aThreadAloneWaitsNoLongerThanTheBound() {
    long bound = TimeUnit.MILLISECONDS.toNanos(1);
    StartLine line = new StartLine(2, 2, bound);
    long start = System.nanoTime();
    assertTimeoutPreemptively(BOUNDED, line::arriveAndWait);
    assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(bound);
    assertThat(line.running()).isEqualTo(1);
  }

  @Test
  void aLineOfOneNeverWaits() {
    StartLine line = new StartLine(1, 2, HOUR);
    assertTimeoutPreemptively(BOUNDED, line::arriveAndWait);
  }

  @Test
  void cancelLetsAWaitingThreadGo() throws InterruptedException {
    StartLine line = new StartLine(2, 2, HOUR);
    Thread waiter = new Thread(line::arriveAndWait);
    waiter.start();
    await().atMost(BOUNDED).until(() -> line.running() == 1);
    line.cancel();
    waiter.join(BOUNDED.toMillis());
    assertThat(waiter.isAlive()).as("waiter still on the line after cancel").isFalse();
  }
}
