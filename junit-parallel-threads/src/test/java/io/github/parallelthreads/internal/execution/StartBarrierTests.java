package io.github.parallelthreads.internal.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Threads leave the barrier together, and a broken barrier lets every one of them go. */
class StartBarrierTests {

  private static final Duration BOUNDED = Duration.ofSeconds(10);

  @Test
  void onTheFirstReleaseEveryThreadIsOnTheStartLineBeforeAnyEntersTheBody()
      throws InterruptedException {
    int parties = 4;
    StartBarrier barrier =
        new StartBarrier(
            parties, StartBarrier.DEFAULT_SPIN_NANOS, parties, TimeUnit.MINUTES.toNanos(1));
    ConcurrentLinkedQueue<Integer> seenOnLeaving = new ConcurrentLinkedQueue<>();
    runParties(
        barrier,
        parties,
        () -> {
          barrier.await();
          seenOnLeaving.add(barrier.onStartLine());
        });
    assertThat(seenOnLeaving).hasSize(parties).containsOnly(parties);
  }

  @Test
  void laterReleasesSkipTheStartLine() throws InterruptedException {
    int parties = 4;
    int iterations = 50;
    StartBarrier barrier =
        new StartBarrier(
            parties, StartBarrier.DEFAULT_SPIN_NANOS, parties, TimeUnit.MINUTES.toNanos(1));
    runParties(
        barrier,
        parties,
        () -> {
          for (int iteration = 0; iteration < iterations; iteration++) {
            barrier.await();
          }
        });
    // a line joined on every release would have counted parties x iterations arrivals
    assertThat(barrier.onStartLine()).isEqualTo(parties);
  }

  private static void runParties(StartBarrier barrier, int parties, Runnable body)
      throws InterruptedException {
    Thread[] threads = new Thread[parties];
    for (int i = 0; i < parties; i++) {
      threads[i] = new Thread(body);
    }
    barrier.bind(threads);
    for (Thread thread : threads) {
      thread.start();
    }
    joinAll(threads);
  }

  @Test
  void theLastArriverDecidesOncePerReleaseAndEveryPartyLearnsTheSameAnswer()
      throws InterruptedException {
    int parties = 3;
    AtomicInteger decisions = new AtomicInteger();
    StartBarrier barrier = new StartBarrier(parties, () -> decisions.incrementAndGet() < 4);
    ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
    runParties(
        barrier,
        parties,
        () -> {
          for (int release = 0; release < 5; release++) {
            answers.add(release + ": " + barrier.await());
          }
        });
    assertThat(decisions).hasValue(5);
    assertThat(answers)
        .containsOnly("0: true", "1: true", "2: true", "3: false", "4: false")
        .hasSize(parties * 5);
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
    Thread neverArrives = new Thread(() -> {});
    barrier.bind(new Thread[] {waiters[0], waiters[1], neverArrives});
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

  @Test
  void theTuningSeamRejectsValuesOutOfRangeNamingThem() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new StartBarrier(0))
        .withMessage("a start barrier needs 1 or more parties: 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new StartBarrier(2, -1, 2, 0))
        .withMessage(
            "spin and line times must be 0 or more nanoseconds: spinNanos=-1, lineNanos=0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new StartBarrier(2, 0, 3, 0))
        .withMessage("the start line's size must be from 1 to the 2 parties: 3");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new StartBarrier(2, 0, 0, 0))
        .withMessage("the start line's size must be from 1 to the 2 parties: 0");
  }

  @Test
  void bindingOtherThanEveryPartyIsRejected() {
    StartBarrier barrier = new StartBarrier(3);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> barrier.bind(new Thread[2]))
        .withMessage("bind the barrier's 3 parties, not 2 threads");
  }

  private static void joinAll(Thread... threads) throws InterruptedException {
    for (Thread thread : threads) {
      thread.join(BOUNDED.toMillis());
      assertThat(thread.isAlive()).as("%s did not finish", thread.getName()).isFalse();
    }
  }
}
