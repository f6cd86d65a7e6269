/**
 * Failure class: a global registry kept in a plain map. Applications keep one {@link
 * io.github.parallelthreads.examples.registry.HandlerRegistry} for the whole process, usually in a
 * static field, and plugins register their handlers into it as they start, often on several threads
 * at once. {@link io.github.parallelthreads.examples.registry.HashMapHandlerRegistry} registers
 * with check-then-put on a {@code HashMap} of {@code ArrayList}s: right for one caller, and losing
 * handlers when several register together. {@link
 * io.github.parallelthreads.examples.registry.ConcurrentHandlerRegistry} registers atomically.
 * Where each caller is meant to have a registry of its own, the plain one is fine: see the tests.
 */
package io.github.parallelthreads.examples.registry;
