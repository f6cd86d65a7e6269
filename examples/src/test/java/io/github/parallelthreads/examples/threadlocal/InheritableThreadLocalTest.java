package io.github.parallelthreads.examples.threadlocal;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.parallelthreads.ParallelContext;
import io.github.parallelthreads.ParallelThreads;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an {@code InheritableThreadLocal} does, checked rather than assumed.
 *
 * <p>The extension creates its worker threads on JUnit's thread, after {@code @BeforeEach}, fresh
 * for every test, and a new thread starts with a copy of its creator's inheritable values: so a
 * value set in {@code @BeforeEach} does reach every worker (first test). That is no reason to make
 * {@link CurrentTenant} inheritable. Each thread gets a copy when it is created, never later: a
 * pooled thread keeps the value it was created with for every task it runs afterwards, whoever
 * submits them, so one request's tenant leaks into the next (second test). Pass the tenant
 * explicitly, or bind it on the thread that uses it (see {@link StorageKeysTest}).
 */
@ParallelThreads(8)
class InheritableThreadLocalTest {

  private static final InheritableThreadLocal<String> TENANT = new InheritableThreadLocal<>();

  @BeforeEach
  void bindTenant() {
    TENANT.set("acme");
  }

  @AfterEach
  void unbindTenant() {
    TENANT.remove();
  }

  @Test
  void reachesTheWorkerThreadsBecauseTheyAreCreatedAfterBeforeEach(ParallelContext context) {
    assertThat(context.threadCount()).isEqualTo(8);
    assertThat(TENANT.get()).isEqualTo("acme");
  }

  @ParallelThreads(1)
  @Test
  void leaksIntoTheThreadsOfAPool() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      // the pool creates its thread for the first task, copying "acme" from this thread
      assertThat(pool.submit(TENANT::get).get(30, SECONDS)).isEqualTo("acme");

      TENANT.set("globex"); // this thread now serves another tenant

      assertThat(pool.submit(TENANT::get).get(30, SECONDS))
          .as("the tenant seen by the pooled thread")
          .isEqualTo("acme");
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(30, SECONDS)).as("the pool stopped").isTrue();
    }
  }
}
