package io.github.parallelthreads.examples.threadlocal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parallelthreads.ParallelContext;
import io.github.parallelthreads.ParallelThreads;
import org.junit.jupiter.api.Test;

/**
 * The two fixes for a tenant bound in {@code @BeforeEach} (see {@link
 * TenantBoundInBeforeEachExposureTest}), each passing on 8 threads. Every thread uses a tenant of
 * its own, so a value leaking from one thread to another would fail the test.
 *
 * <p>Prefer the first: code that takes its context as an argument works on any thread, and the test
 * shows what the code depends on. The second keeps thread-bound code as it is and binds the tenant
 * where it is used: in the body, on the worker thread, unbound in {@code finally} so that it never
 * outlives the body (harmless here, where workers are fresh threads, and essential wherever threads
 * are pooled).
 */
@ParallelThreads(8)
class StorageKeysTest {

  @Test
  void takesTheTenantExplicitly(ParallelContext context) {
    String tenant = "tenant-" + context.threadIndex();

    StorageKeys keys = new StorageKeys(tenant);

    assertThat(keys.documentKey("invoice-17.pdf"))
        .isEqualTo("tenants/" + tenant + "/documents/invoice-17.pdf");
  }

  @Test
  void readsTheTenantBoundOnTheThreadThatUsesIt(ParallelContext context) {
    String tenant = "tenant-" + context.threadIndex();
    CurrentTenant.set(tenant); // in the body: on this worker thread
    try {
      StorageKeys keys = StorageKeys.ofCurrentTenant();

      assertThat(keys.documentKey("invoice-17.pdf"))
          .isEqualTo("tenants/" + tenant + "/documents/invoice-17.pdf");
    } finally {
      CurrentTenant.clear();
    }
  }
}
