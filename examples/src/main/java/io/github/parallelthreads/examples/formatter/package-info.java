/**
 * Failure class: one shared mutable helper used by every caller. A {@link
 * io.github.parallelthreads.examples.formatter.TimestampFormat} writes and reads the timestamps of
 * a log or a wire format. {@link
 * io.github.parallelthreads.examples.formatter.SimpleDateFormatTimestamps} keeps one {@code
 * SimpleDateFormat}, which stores the date it is working on in itself, so callers on other threads
 * garble each other's results. {@link
 * io.github.parallelthreads.examples.formatter.DateTimeFormatterTimestamps} uses an immutable
 * {@code java.time} formatter, which any number of threads may share. The tests prepare one format
 * per test, as a {@code @BeforeEach} method would, and all 8 threads use it.
 */
package io.github.parallelthreads.examples.formatter;
