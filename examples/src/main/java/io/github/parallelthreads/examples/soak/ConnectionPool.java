package io.github.parallelthreads.examples.soak;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Lends a fixed set of connections, each to one caller at a time.
 *
 * <p>The idle connections wait in an {@link ArrayBlockingQueue}: taking one out and putting one
 * back are each a single atomic step under the queue's lock, so two callers never take the same
 * connection, and a caller that finds none idle waits until one is given back. The race people
 * suspect in a pool like this one, one connection lent to two callers at once, needs two threads to
 * take the last idle connection at the same moment; a pool that checked "is one idle?" and then
 * took it in a second step would have it.
 */
public final class ConnectionPool {

  /** A connection of the pool; its number tells it apart from the others. */
  public record Connection(int number) {}

  private final BlockingQueue<Connection> idle;

  /**
   * A pool of connections numbered from 0.
   *
   * @param size how many connections, 1 or more
   */
  public ConnectionPool(int size) {
    idle = new ArrayBlockingQueue<>(size);
    for (int number = 0; number < size; number++) {
      idle.add(new Connection(number));
    }
  }

  /**
   * Lends an idle connection, waiting until one is given back if none is idle.
   *
   * @return a connection no other caller holds
   * @throws InterruptedException if the wait is interrupted
   */
  public Connection borrow() throws InterruptedException {
    return idle.take();
  }

  /**
   * Takes a connection back.
   *
   * @param connection one this pool lent
   * @throws IllegalStateException if the pool holds all its connections already
   */
  public void giveBack(Connection connection) {
    if (!idle.offer(connection)) {
      throw new IllegalStateException("more connections given back than lent: " + connection);
    }
  }
}
