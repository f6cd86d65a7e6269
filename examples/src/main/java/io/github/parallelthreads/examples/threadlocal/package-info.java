/**
 * Failure class: state bound to the calling thread. {@link
 * io.github.parallelthreads.examples.threadlocal.CurrentTenant} keeps the tenant of the request
 * being handled in a {@code ThreadLocal}, and {@link
 * io.github.parallelthreads.examples.threadlocal.StorageKeys#ofCurrentTenant()} reads it. A test
 * that binds the tenant in {@code @BeforeEach} binds it on JUnit's thread only; the extension runs
 * the body on fresh worker threads, where nothing is bound, so every thread fails the same way. The
 * fixes: pass the tenant explicitly ({@code new StorageKeys(tenant)}), bind it in the test body, on
 * the thread that uses it, and unbind it in {@code finally}, or bind it once per worker thread in
 * an {@code @BeforeEachThread} method and unbind it in an {@code @AfterEachThread} method.
 */
package io.github.parallelthreads.examples.threadlocal;
