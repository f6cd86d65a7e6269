package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Records where the body and the lifecycle ran; after the class, checks that the body ran on eight
 * distinct worker threads and the lifecycle once, on JUnit's thread.
 */
class WorkerThreadsTest {

  private static final AtomicInteger BEFORE_EACH_CALLS = new AtomicInteger();
  private static final AtomicInteger BODY_CALLS = new AtomicInteger();
  private static final Set<String> BODY_THREADS = ConcurrentHashMap.newKeySet();
  private static String testThread;

  @BeforeAll
  static void rememberJUnitsThread() {
    testThread = Thread.currentThread().getName();
  }

  @BeforeEach
  void countLifecycle() {
    BEFORE_EACH_CALLS.incrementAndGet();
  }

  @Test
  void recordsItsThread() {
    BODY_CALLS.incrementAndGet();
    BODY_THREADS.add(Thread.currentThread().getName());
  }

  @AfterAll
  static void bodyRanOnEightWorkersAndLifecycleOnce() {
    assertEquals(1, BEFORE_EACH_CALLS.get(), "@BeforeEach calls for one test");
    assertEquals(8, BODY_CALLS.get(), "body calls for one test on 8 threads");
    assertEquals(
        8, BODY_THREADS.size(), () -> "distinct threads that ran the body: " + BODY_THREADS);
    assertFalse(
        BODY_THREADS.contains(testThread),
        () -> "the body ran on JUnit's own thread " + testThread + ": " + BODY_THREADS);
    for (String name : BODY_THREADS) {
      assertTrue(
          name.startsWith("parallel-threads WorkerThreadsTest recordsItsThread() [thread ")
              && name.endsWith(" of 8]"),
          () -> "unexpected worker thread name: " + name);
    }
  }
}
