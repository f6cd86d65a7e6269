package io.github.parallelthreads.examples.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parallelthreads.ParallelContext;
import io.github.parallelthreads.ParallelThreads;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The other fix, where it is what the code means: a registry per caller (a request's own listeners,
 * a test's own event bus) instead of one for the process. Each thread creates its registry in the
 * body, so no other thread ever sees it, and the plain {@link HashMapHandlerRegistry}, unsafe when
 * shared, passes on 8 threads.
 */
@ParallelThreads(8)
class PerCallerHandlerRegistryTest {

  @RepeatedTest(20)
  void keepsTheHandlersItsCallerRegistered(ParallelContext context) {
    HandlerRegistry registry = new HashMapHandlerRegistry(); // made on this thread, for it alone
    NamedHandler mailer = new NamedHandler("mailer-" + context.threadIndex());
    NamedHandler auditor = new NamedHandler("auditor-" + context.threadIndex());

    registry.register("order-placed", mailer);
    registry.register("order-placed", auditor);
    registry.register("order-paid", auditor);

    assertThat(registry.handlersFor("order-placed")).containsExactly(mailer, auditor);
    assertThat(registry.handlersFor("order-paid")).containsExactly(auditor);
    assertThat(registry.handlersFor("order-shipped")).isEmpty();
  }
}
