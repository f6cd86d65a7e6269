package io.github.parallelthreads.examples.formatter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parallelthreads.ParallelContext;
import io.github.parallelthreads.ParallelThreads;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The test every {@link TimestampFormat} must pass, on 8 threads released together. The format is
 * prepared once per test in {@code @BeforeEach}, on JUnit's thread, and the 8 threads share it, as
 * the callers of an application share the one it keeps: each thread writes and reads a timestamp of
 * its own, whose every field differs from the other threads'.
 */
abstract class TimestampFormatContract {

  /** One per thread; written as {@code Instant.toString} writes them, to check against. */
  static final List<String> TIMESTAMPS =
      List.of(
          "1999-12-31T23:59:58Z",
          "2001-02-03T04:05:06Z",
          "2010-11-12T13:14:15Z",
          "2024-02-29T12:00:01Z",
          "1970-01-01T00:00:00Z",
          "2038-01-19T03:14:07Z",
          "2026-07-04T18:30:45Z",
          "1987-10-19T09:41:33Z");

  private TimestampFormat format;

  abstract TimestampFormat newFormat();

  @BeforeEach
  void prepareFormat() {
    format = newFormat(); // once per test, on JUnit's thread: all 8 threads use this one
  }

  @ParallelThreads(8)
  @RepeatedTest(50)
  void writesAndReadsTheTimestampItIsGiven(ParallelContext context) {
    String text = TIMESTAMPS.get(context.threadIndex() % TIMESTAMPS.size());
    Instant instant = Instant.parse(text);

    assertThat(format.format(instant)).as("formatted %s", instant).isEqualTo(text);
    assertThat(format.parse(text)).as("parsed %s", text).isEqualTo(instant);
  }
}
