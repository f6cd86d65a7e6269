package io.github.parallelthreads.examples.counter;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts hits from any number of threads without losing one.
 *
 * <p>The count lives in an {@link AtomicLong}, and {@link #increment()} is a single atomic
 * read-modify-write: however many threads call it at once, each call adds exactly one and returns a
 * value no other call returns.
 *
 * <p>The unsafe variant keeps the count in a plain {@code long} field and increments it with {@code
 * ++count}. That statement is three steps: read the field, add one, write the field back. When two
 * threads read the same value, both write back that value plus one: one of the two increments is
 * lost, and both callers get the same number back. On one thread the unsafe variant is always
 * right, which is why an ordinary test cannot tell the two apart. Run the tests of this class on
 * eight threads released together and the unsafe variant often ends below the expected count or
 * hands out a value twice; often, not every time, since the threads have to be caught between the
 * read and the write. Declaring the field {@code volatile} does not help: it makes each read and
 * each write visible to other threads, but the three steps of two threads can still interleave.
 */
public final class HitCounter {

  private final AtomicLong hits = new AtomicLong();

  /**
   * Records one hit.
   *
   * @return the count including this hit
   */
  public long increment() {
    return hits.incrementAndGet();
  }

  /**
   * The hits recorded so far.
   *
   * @return the count
   */
  public long count() {
    return hits.get();
  }
}
