package io.github.parallelthreads.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Threads leave the barrier together, and a broken barrier lets every one of them go. */
class StartBarrierTests {

  private static final Duration BOUNDED = Duration.ofSeconds(10);

  @Test
  void everyReleasedThreadIsOnTheStartLineBeforeAnyEntersTheBody() throws InterruptedException {
    int parties = 4;
    int iterations = 50;
    StartBarrier barrier =
        new StartBarrier(
            parties, StartBarrier.DEFAULT_SPIN_NANOS, parties, TimeUnit.MINUTES.toNanos(1));
    ConcurrentLinkedQueue<Integer> seenOnLeaving = new ConcurrentLinkedQueue<>();
    Thread[] threads = new Thread[parties];
    for (int i = 0; i < parties; i++) {
      threads[i] =
          new Thread(
              () -> {
                for (int iteration = 0; iteration < iterations; iteration++) {
                  barrier.await();
                  // nobody can start the next release (and reset the line) before this thread
                  // arrives again, so this reads this release's line
                  seenOnLeaving.add(barrier.onStartLine());
                }
              });
    }
    barrier.bind(threads);
    for (Thread thread : threads) {
      thread.start();
    }
    joinAll(threads);
    assertThat(seenOnLeaving).hasSize(parties * iterations).containsOnly(parties);
  }

  @Test
  void breakingTheBarrierReleasesEveryThreadWaitingForTheOthers() throws InterruptedException {
    StartBarrier barrier = new StartBarrier(3);
    List<Throwable> thrown = new ArrayList<>();
    Thread[] waiters = new Thread[2];
    for (int i = 0; i < waiters.length; i++) {
      waiters[i] =
          new Thread(
              () -> {
                try {
                  barrier.await();
                } catch (Throwable t) {
                  synchronized (thrown) {
                    thrown.add(t);
                  }
                }
              });
    }
    barrier.bind(waiters);
    for (Thread waiter : waiters) {
      waiter.start();
    }
    for (Thread waiter : waiters) {
      await().atMost(BOUNDED).until(() -> waiter.getState() == Thread.State.WAITING);
    }
    barrier.breakBarrier();
    joinAll(waiters);
    assertThat(thrown).hasSize(2).allMatch(t -> t instanceof RunCancelledException);
  }

  private static void joinAll(Thread... threads) throws InterruptedException {
    for (Thread thread : threads) {
      thread.join(BOUNDED.toMillis());
      assertThat(thread.isAlive()).as("%s did not finish", thread.getName()).isFalse();
    }
  }
}
