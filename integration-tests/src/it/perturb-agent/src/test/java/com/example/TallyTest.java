package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An ordinary test: the command line makes it run on 4 threads, 20 times each, under noise. */
class TallyTest {

  private final Tally tally = new Tally();

  @Test
  void countsEveryAdd() {
    for (int i = 0; i < 50; i++) {
      tally.add();
    }
  }

  @AfterEach
  void noAddIsLost() {
    assertEquals(4 * 20 * 50, tally.atomicCount());
    assertEquals(4 * 20 * 50, tally.guardedCount());
  }
}
