package io.github.parallelthreads.benchmarks.race;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Hands the same shared object to a fixed number of body executions, then a fresh one.
 *
 * <p>Why: some races can only happen on a fresh object (lazy initialisation happens once per
 * object), and shared collections must not grow without bound. Replacing the object after every
 * {@code usesPerState} executions, whichever runner calls the body, gives every runner the same
 * chances: the callers that overlap are the ones that share an object.
 */
final class SharedStates<S> {

  private static final class Slot<S> {
    final S state;
    final AtomicInteger uses = new AtomicInteger();

    Slot(S state) {
      this.state = state;
    }
  }

  private final Supplier<S> factory;
  private final int usesPerState;
  private final AtomicReference<Slot<S>> current;

  SharedStates(Supplier<S> factory, int usesPerState) {
    this.factory = factory;
    this.usesPerState = usesPerState;
    this.current = new AtomicReference<>(new Slot<>(factory.get()));
  }

  S acquire() {
    while (true) {
      Slot<S> slot = current.get();
      if (slot.uses.incrementAndGet() <= usesPerState) {
        return slot.state;
      }
      current.compareAndSet(slot, new Slot<>(factory.get()));
    }
  }
}
