package io.github.parallelthreads.internal.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The rule that takes a worker for a loop, on clocks the test sets: past ten times the others' time
 * and two seconds, then runnable and on the CPU for a second of looks. The test's own thread stands
 * for a looping worker (it is runnable whenever it looks at itself); a thread parked on a latch for
 * a waiting one.
 */
class RunawayWatchTests {

  private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

  private long now;
  private long cpu;
  private final List<Thread> spared = new CopyOnWriteArrayList<>();

  @AfterEach
  void noListener() {
    RunawayWatch.whenSpared(null);
  }

  /** Worker 0 looks at the watch; worker 1 finished iteration 0 within {@code othersTook}. */
  private RunawayWatch watchWhereTheOtherFinishedWithin(long othersTook) {
    RunawayWatch watch = new RunawayWatch(2, thread -> cpu, () -> now);
    watch.bodyStarted(0, 0);
    watch.bodyStarted(1, 0);
    now = othersTook;
    watch.bodyEnded(1);
    return watch;
  }

  /** Moves both clocks to {@code at}, the worker having used {@code percent} of it on the CPU. */
  private void busyUntil(long at, int percent) {
    cpu += (at - now) * percent / 100;
    now = at;
  }

  @Test
  void aWorkerBusyOnTheCpuLongAfterTheOthersIsFoundAfterTwoSecondsAndOneOfLooking() {
    RunawayWatch watch = watchWhereTheOtherFinishedWithin(10 * MS);
    Thread[] workers = {Thread.currentThread(), new Thread(() -> {})};

    busyUntil(1_990 * MS, 100);
    assertThat(watch.find(workers)).as("below two seconds").isEmpty();
    busyUntil(2_000 * MS, 100);
    assertThat(watch.find(workers)).as("looking starts").isEmpty();
    busyUntil(2_990 * MS, 100);
    assertThat(watch.find(workers)).as("looked at for less than a second").isEmpty();
    busyUntil(3_000 * MS, 30);

    assertThat(watch.find(workers))
        .containsExactly(new Runaway(0, 0, 2_990 * MS, 10 * MS, 1, 1, 1_000 * MS, 993 * MS));
  }

  @Test
  void aWorkerThatStartsAnIterationWhileTheWatchLooksIsPassedOverNotAFailure() {
    // worker 0 is judged first; while the watch reads its CPU time, worker 1 starts iteration 1,
    // which the watch's snapshot of the iterations does not hold (a 512-thread flood met this)
    RunawayWatch[] watch = new RunawayWatch[1];
    watch[0] =
        new RunawayWatch(
            2,
            thread -> {
              watch[0].bodyStarted(1, 1);
              return cpu;
            },
            () -> now);
    watch[0].bodyStarted(0, 0);
    watch[0].bodyStarted(1, 0);
    now = 10 * MS;
    watch[0].bodyEnded(1);
    Thread[] workers = {Thread.currentThread(), new Thread(() -> {})};

    busyUntil(2_000 * MS, 100);
    assertThat(watch[0].find(workers)).isEmpty();
  }

  @Test
  void theTimeToWaitGrowsWithTheOthersTime() {
    RunawayWatch watch = watchWhereTheOtherFinishedWithin(500 * MS);
    Thread[] workers = {Thread.currentThread(), new Thread(() -> {})};

    for (long at = 1_000; at < 5_000; at += 250) {
      busyUntil(at * MS, 100);
      assertThat(watch.find(workers)).as("at %dms, below ten times 500ms", at).isEmpty();
    }
    busyUntil(5_000 * MS, 100);
    assertThat(watch.find(workers)).as("looking starts").isEmpty();
    busyUntil(5_990 * MS, 100);
    assertThat(watch.find(workers)).as("looked at for less than a second").isEmpty();
    busyUntil(6_000 * MS, 100);

    assertThat(watch.find(workers)).extracting(Runaway::worker).containsExactly(0);
  }

  @Test
  void aWaitingWorkerIsSparedHoweverLongItTakes() throws InterruptedException {
    RunawayWatch.whenSpared(spared::add);
    RunawayWatch watch = watchWhereTheOtherFinishedWithin(10 * MS);
    CountDownLatch never = new CountDownLatch(1);
    Thread waiting = new Thread(() -> awaitQuietly(never), "waiting worker");
    waiting.start();
    try {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> waiting.getState() == Thread.State.WAITING);
      Thread[] workers = {waiting, new Thread(() -> {})};

      for (long at = 1_000; at <= 60_000; at += 250) {
        busyUntil(at * MS, 0);
        assertThat(watch.find(workers)).as("at %dms", at).isEmpty();
      }
    } finally {
      never.countDown();
      waiting.join(TimeUnit.SECONDS.toMillis(30));
    }
    assertThat(spared).as("looked at past the time rule, every time").hasSize(233);
  }

  @Test
  void aRunnableWorkerThatBarelyUsesTheCpuIsSpared() {
    RunawayWatch.whenSpared(spared::add);
    RunawayWatch watch = watchWhereTheOtherFinishedWithin(10 * MS);
    Thread[] workers = {Thread.currentThread(), new Thread(() -> {})};

    for (long at = 2_000; at <= 30_000; at += 250) {
      busyUntil(at * MS, 4); // such as a thread blocked in native code, reading a socket
      assertThat(watch.find(workers)).as("at %dms", at).isEmpty();
    }
    assertThat(spared).isNotEmpty().containsOnly(Thread.currentThread());
  }

  @Test
  void withoutThreadCpuTimeNothingIsFound() {
    RunawayWatch.whenSpared(spared::add);
    RunawayWatch watch = new RunawayWatch(2, thread -> -1, () -> now);
    watch.bodyStarted(0, 0);
    watch.bodyStarted(1, 0);
    watch.bodyEnded(1);
    Thread[] workers = {Thread.currentThread(), new Thread(() -> {})};

    for (long at = 0; at <= 60_000; at += 250) {
      now = at * MS;
      assertThat(watch.find(workers)).as("at %dms", at).isEmpty();
    }
    assertThat(spared).as("not judged at all").isEmpty();
  }

  @Test
  void nothingIsFoundWhileNoOtherWorkerHasFinished() {
    RunawayWatch watch = new RunawayWatch(2, thread -> cpu, () -> now);
    watch.bodyStarted(0, 0);
    watch.bodyStarted(1, 0);
    Thread[] workers = {Thread.currentThread(), Thread.currentThread()};

    for (long at = 0; at <= 60_000; at += 250) {
      busyUntil(at * MS, 100);
      assertThat(watch.find(workers)).as("at %dms", at).isEmpty();
    }
  }

  @Test
  void inALaterIterationTheOthersAreThoseDoneWithItAndWaitingAtTheBarrier() {
    RunawayWatch watch = new RunawayWatch(3, thread -> cpu, () -> now);
    Thread[] workers = {new Thread(() -> {}), Thread.currentThread(), new Thread(() -> {})};
    for (int worker = 0; worker < 3; worker++) {
      watch.bodyStarted(worker, 0);
    }
    now = 5_000 * MS; // a long first iteration, for everybody
    for (int worker = 0; worker < 3; worker++) {
      watch.bodyEnded(worker);
      watch.bodyStarted(worker, 1);
    }
    now = 5_020 * MS;
    watch.bodyEnded(0);

    busyUntil(7_020 * MS, 100);
    assertThat(watch.find(workers)).isEmpty();
    busyUntil(8_020 * MS, 100);

    assertThat(watch.find(workers))
        .as("worker 2 is still in iteration 1 too, and waits: not a loop")
        .containsExactly(new Runaway(1, 1, 3_000 * MS, 20 * MS, 1, 2, 1_000 * MS, 1_000 * MS));
    assertThat(watch.hasFinished(0, 1)).isTrue();
    assertThat(watch.hasFinished(2, 1)).isFalse();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException stop) {
      Thread.currentThread().interrupt();
    }
  }
}
