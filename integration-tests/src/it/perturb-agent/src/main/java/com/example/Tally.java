package com.example;

import java.util.concurrent.atomic.AtomicLong;

/** Thread-safe: a monitor and an atomic, with noise points at every access under brutal mode. */
public final class Tally {

  private final AtomicLong atomic = new AtomicLong();
  private long guarded;

  public void add() {
    atomic.incrementAndGet();
    synchronized (this) {
      guarded++;
    }
  }

  public long atomicCount() {
    return atomic.get();
  }

  public synchronized long guardedCount() {
    return guarded;
  }
}
