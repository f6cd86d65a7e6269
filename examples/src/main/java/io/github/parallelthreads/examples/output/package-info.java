/**
 * Failure class: tests that capture a global stream. {@code System.out} is one stream for the whole
 * JVM, so a test that captures it with {@code System.setOut} is single-threaded by nature: run on
 * several threads at once, each thread's capture would also collect what the other threads print,
 * and one thread restoring the stream would end another's capture early. The extension finds such
 * tests by reading their code and runs them on one thread, saying why. For code you own, the way
 * out is to let the caller pass the stream in ({@link
 * io.github.parallelthreads.examples.output.BannerPrinter#print(String, java.io.PrintStream)}):
 * then each thread captures its own output, and the test can run on many threads.
 */
package io.github.parallelthreads.examples.output;
