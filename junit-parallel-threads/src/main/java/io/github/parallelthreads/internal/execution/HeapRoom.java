package io.github.parallelthreads.internal.execution;

/**
 * Whether the heap has room again after a worker ran out of memory, asked once the workers have
 * ended, when their stacks no longer hold what their bodies built. Room means the memory went to
 * what a body built, such as the message of a structure corrupted by concurrent writes, whose
 * iteration never ends: that thread failed, and the JVM can go on. No room means the JVM is out of
 * memory, and the error goes on to JUnit, which ends the whole run, as it does without this
 * extension.
 */
@FunctionalInterface
interface HeapRoom {

  /** The largest block {@link #PROBE} asks for: enough to tell a full heap, quick to clear. */
  long MAX_PROBE_BYTES = 256L * 1024 * 1024;

  /**
   * Asks for a block of a quarter of the maximum heap, at most {@link #MAX_PROBE_BYTES}: an
   * allocation makes the JVM first collect what it can, which {@code System.gc()} need not do.
   */
  HeapRoom PROBE = Probe::allocate;

  boolean hasRoom();

  /** The probe's block, kept in a field so that the allocation cannot be optimised away. */
  final class Probe {
    private static volatile long[] block;

    private Probe() {}

    private static boolean allocate() {
      long bytes = Math.min(Runtime.getRuntime().maxMemory() / 4, MAX_PROBE_BYTES);
      try {
        block = new long[(int) (bytes / Long.BYTES)];
        return true;
      } catch (OutOfMemoryError stillFull) {
        return false;
      } finally {
        block = null;
      }
    }
  }
}
