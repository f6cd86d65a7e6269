package io.github.parallelthreads.examples.registry;

class ConcurrentHandlerRegistryTest extends HandlerRegistryContract {

  @Override
  HandlerRegistry newRegistry() {
    return new ConcurrentHandlerRegistry();
  }
}
