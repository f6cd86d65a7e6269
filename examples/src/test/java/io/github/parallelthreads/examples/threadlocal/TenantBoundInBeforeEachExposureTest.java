package io.github.parallelthreads.examples.threadlocal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parallelthreads.ParallelThreads;
import io.github.parallelthreads.examples.exposure.Exposure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// The check itself runs once, even when the examples run with -Djunit.parallel.threads=8.
@ParallelThreads(1)
class TenantBoundInBeforeEachExposureTest {

  @Test
  void noWorkerThreadFindsTheTenant() {
    // Deterministic, not a race: no worker thread ever has the tenant, so one run is enough.
    String message =
        Exposure.of(TenantBoundInBeforeEachTestCase.class).withinRuns(1).show().message();

    assertThat(message)
        .startsWith(
            "8 of 8 threads failed (1 distinct failure)\n"
                + "  [1] java.lang.IllegalStateException: no tenant is bound to this thread: call"
                + " CurrentTenant.set(...) on the thread that handles the request\n"
                + "      at io.github.parallelthreads.examples.threadlocal.CurrentTenant.get(")
        .contains("      8 times: threads 0-7\n");
  }

  /**
   * The usual way to set up thread-bound state, which passes on one thread: JUnit runs
   * {@code @BeforeEach} on its own thread, and the extension runs the body on 8 fresh worker
   * threads, none of which has a tenant bound.
   */
  static class TenantBoundInBeforeEachTestCase {

    @BeforeEach
    void bindTenant() {
      CurrentTenant.set("acme"); // binds it on JUnit's thread only
    }

    @AfterEach
    void unbindTenant() {
      CurrentTenant.clear();
    }

    @ParallelThreads(8)
    @Test
    void storesDocumentsUnderTheTenant() {
      assertThat(StorageKeys.ofCurrentTenant().documentKey("invoice-17.pdf"))
          .isEqualTo("tenants/acme/documents/invoice-17.pdf");
    }
  }
}
