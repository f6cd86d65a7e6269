package io.github.parallelthreads.internal.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A worker's {@link OutOfMemoryError} is its thread's failure only when the heap has room again
 * once the workers have ended; a heap still without room is the JVM's, and the error goes on. The
 * outcome seen through the engine, with a real allocation, is in {@code OutcomeTests}.
 */
class OutOfMemoryTests {

  private static final Duration TIMEOUT = Duration.ofMinutes(1);

  @Test
  void whenTheHeapHasNoRoomAfterTheWorkersEndedTheErrorIsRethrownSayingSo() {
    OutOfMemoryError outOfMemory = new OutOfMemoryError("Java heap space");
    ParallelRun run = new ParallelRun("full", 3, 2, TIMEOUT).heapRoom(() -> false);

    assertThatThrownBy(() -> run.run(throwOnFirstThread(outOfMemory)))
        .isSameAs(outOfMemory)
        .satisfies(
            error ->
                assertThat(error.getSuppressed())
                    .extracting(Throwable::getMessage)
                    .containsExactly(
                        "thrown by a worker thread of parallel run 'full'; the run was stopped,"
                            + " and the heap had no room even after its workers had ended"));
  }

  @Test
  void whenTheHeapHasRoomAgainTheErrorIsTheThreadsFailureWithANote() {
    OutOfMemoryError outOfMemory = new OutOfMemoryError("Java heap space");
    ParallelRun run = new ParallelRun("recovered", 3, 2, TIMEOUT).heapRoom(() -> true);

    FailureCollector failures = run.run(throwOnFirstThread(outOfMemory));

    assertThat(failures.failures().threads().stream()).containsExactly(0);
    assertThat(failures.failures().groups())
        .singleElement()
        .satisfies(group -> assertThat(group.first()).isSameAs(outOfMemory));
    assertThat(failures.notes())
        .containsExactly(
            "The run was stopped when a worker ran out of memory. Once the workers had ended the"
                + " heap had room again, so the memory went to what the body built, not to the JVM:"
                + " a structure corrupted by concurrent writes can make iterating it, or building"
                + " its toString() for an assertion's message, go on without end.");
    assertThat(outOfMemory.getSuppressed()).isEmpty();
  }

  private static ParallelRun.Body throwOnFirstThread(OutOfMemoryError outOfMemory) {
    return (context, comparator) ->
        () -> {
          if (context.threadIndex() == 0) {
            throw outOfMemory;
          }
        };
  }
}
