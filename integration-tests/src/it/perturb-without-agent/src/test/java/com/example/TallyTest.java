package com.example;

import org.junit.jupiter.api.Test;

/** An ordinary test that the command line makes run on 4 threads, with brutal mode on. */
class TallyTest {

  private final Tally tally = new Tally();

  @Test
  void countsEveryAdd() {
    tally.add();
  }
}
