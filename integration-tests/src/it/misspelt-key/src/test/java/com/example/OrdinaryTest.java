package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Passes on any number of threads: only the configuration can make this run fail. */
class OrdinaryTest {

  @Test
  void addsUp() {
    assertEquals(4, Math.addExact(2, 2));
  }
}
