/**
 * Failure class: tests that share a file system. {@link
 * io.github.parallelthreads.examples.jimfs.SettingsStore} is correct; it takes the {@code
 * java.nio.file.FileSystem} it works in, so tests can hand it an in-memory one from Jimfs. The bug
 * shown here is in a test: it makes one file system per test, which JUnit's lifecycle creates once
 * and the extension's 8 threads then share, so the threads save to the same file and read each
 * other's settings. The fix is in the test too: each thread creates its own file system in the
 * body, and the code under test runs isolated on every thread.
 */
package io.github.parallelthreads.examples.jimfs;
