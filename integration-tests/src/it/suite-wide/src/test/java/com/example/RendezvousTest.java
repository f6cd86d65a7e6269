package com.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Passes only when eight invocations of the same body run at the same moment: each arrives at the
 * latch and waits there for the other seven. Run once, as JUnit alone runs it, it fails after the
 * bounded wait.
 */
class RendezvousTest {

  private static final int THREADS = 8;
  private static final CountDownLatch ARRIVED = new CountDownLatch(THREADS);

  @Test
  void eightBodiesMeet() throws InterruptedException {
    ARRIVED.countDown();
    boolean allArrived = ARRIVED.await(30, TimeUnit.SECONDS);
    assertTrue(
        allArrived,
        () ->
            "only "
                + (THREADS - ARRIVED.getCount())
                + " of "
                + THREADS
                + " bodies were running within 30 s");
  }
}
