package io.github.parallelthreads.internal.execution;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * Recognises the threads of the JDK's shared pools. They start when first needed, in the thread
 * group of the thread that needs them, so one can join a run's group when a body is the first to
 * use the pool; but the body did not start it, and it serves every test after it. Measured: on Java
 * 17 the common pool's workers and {@code CompletableFuture}'s delay scheduler join the group, on
 * Java 25 the common pool's delay scheduler (its workers have a group of their own there).
 */
final class SharedJdkThreads {

  private SharedJdkThreads() {}

  static boolean contains(Thread thread) {
    if (thread instanceof ForkJoinWorkerThread worker) {
      return worker.getPool() == ForkJoinPool.commonPool();
    }
    String name = thread.getName();
    // the name and class of each scheduler are fixed in the JDK; neither has a pool to ask
    return (thread.getClass() == Thread.class && name.equals("CompletableFutureDelayScheduler"))
        || (thread.getClass().getName().equals("java.util.concurrent.DelayScheduler")
            && name.equals("ForkJoinPool.commonPool-delayScheduler"));
  }
}
