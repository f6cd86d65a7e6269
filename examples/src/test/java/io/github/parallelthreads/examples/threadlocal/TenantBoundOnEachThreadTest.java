package io.github.parallelthreads.examples.threadlocal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parallelthreads.AfterEachThread;
import io.github.parallelthreads.BeforeEachThread;
import io.github.parallelthreads.Iterations;
import io.github.parallelthreads.ParallelContext;
import io.github.parallelthreads.ParallelThreads;
import org.junit.jupiter.api.Test;

/**
 * The third fix for a tenant bound in {@code @BeforeEach} (see {@link
 * TenantBoundInBeforeEachExposureTest}), for code that reads its context from the thread and a test
 * that should not change: bind the tenant in {@link BeforeEachThread}, which every worker runs on
 * its own thread before it first waits at the start barrier, and unbind it in {@link
 * AfterEachThread}, which every worker runs after its last iteration, also when one failed. The
 * body stays as it was in {@code @BeforeEach}'s days, and the binding is neither part of the race
 * nor repeated in every iteration.
 */
@ParallelThreads(8)
@Iterations(5)
class TenantBoundOnEachThreadTest {

  @BeforeEachThread
  void bindTenant(ParallelContext context) {
    // on this worker thread, once, before it first waits at the start barrier
    CurrentTenant.set("tenant-" + context.threadIndex());
  }

  @AfterEachThread
  void unbindTenant() {
    CurrentTenant.clear(); // on the same thread, after its last iteration
  }

  @Test
  void storesDocumentsUnderTheTenantBoundToTheThread(ParallelContext context) {
    StorageKeys keys = StorageKeys.ofCurrentTenant();

    // a tenant leaking from one thread to another would fail here, in one of 5 iterations
    assertThat(keys.documentKey("invoice-17.pdf"))
        .isEqualTo("tenants/tenant-" + context.threadIndex() + "/documents/invoice-17.pdf");
  }
}
