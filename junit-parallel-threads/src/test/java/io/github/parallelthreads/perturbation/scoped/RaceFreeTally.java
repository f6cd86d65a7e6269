package io.github.parallelthreads.perturbation.scoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Code under test that is thread-safe, with many noise points: an atomic, a monitor, a concurrent
 * map and an array guarded by the monitor.
 */
public final class RaceFreeTally {

  private final AtomicInteger atomic = new AtomicInteger();
  private final Map<Integer, Integer> perThread = new ConcurrentHashMap<>();
  private final int[] slots = new int[8];
  private int guarded;

  public void add(int thread) {
    atomic.incrementAndGet();
    perThread.merge(thread, 1, Integer::sum);
    synchronized (this) {
      guarded++;
      slots[thread % slots.length]++;
    }
  }

  public int atomicCount() {
    return atomic.get();
  }

  public synchronized int guardedCount() {
    return guarded;
  }

  public synchronized int slotSum() {
    int sum = 0;
    for (int slot : slots) {
      sum += slot;
    }
    return sum;
  }

  public int perThreadSum() {
    return perThread.values().stream().mapToInt(Integer::intValue).sum();
  }
}
