package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Without a junit.parallel.* property the library only sits on the class path: JUnit runs alone.
 */
class OneThreadTest {

  private static final List<String> BODY_THREADS = new CopyOnWriteArrayList<>();
  private static String testThread;

  @BeforeAll
  static void rememberJUnitsThread() {
    testThread = Thread.currentThread().getName();
  }

  @Test
  void runsOnceOnJUnitsThread() {
    String name = Thread.currentThread().getName();
    BODY_THREADS.add(name);
    assertFalse(name.startsWith("parallel-threads"), () -> "ran on a worker thread: " + name);
  }

  @AfterAll
  static void bodyRanOnceOnJUnitsThread() {
    assertEquals(List.of(testThread), BODY_THREADS, "threads that ran the body");
  }
}
