package io.github.parallelthreads.examples.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parallelthreads.ParallelContext;
import io.github.parallelthreads.ParallelThreads;
import io.github.parallelthreads.ThreadComparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The test every {@link HandlerRegistry} shared by a process must pass, on 8 threads released
 * together, like 8 plugins starting at once. JUnit makes a new test instance, so a new registry,
 * for each repetition, and the 8 threads of a repetition share it: their registrations race, 50
 * times per run.
 */
abstract class HandlerRegistryContract {

  static final List<String> EVENT_TYPES =
      List.of("order-placed", "order-paid", "order-shipped", "order-delivered", "order-returned");

  private final HandlerRegistry registry = newRegistry();

  abstract HandlerRegistry newRegistry();

  @ParallelThreads(8)
  @RepeatedTest(50)
  void keepsTheHandlerOfEveryPlugin(ParallelContext context, ThreadComparator comparator) {
    for (String eventType : EVENT_TYPES) {
      registry.register(eventType, pluginHandler(context.threadIndex()));
    }
    // returns only when every thread has got here: past this line all plugins have registered
    comparator.check("registered", true);

    List<NamedHandler> everyPlugin =
        IntStream.range(0, context.threadCount()).mapToObj(this::pluginHandler).toList();
    for (String eventType : EVENT_TYPES) {
      assertThat(registry.handlersFor(eventType))
          .as("handlers for %s", eventType)
          .containsExactlyInAnyOrderElementsOf(everyPlugin);
    }
  }

  private NamedHandler pluginHandler(int threadIndex) {
    return new NamedHandler("plugin-" + threadIndex);
  }
}
