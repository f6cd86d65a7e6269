package io.github.parallelthreads.benchmarks.suite;

import org.junit.jupiter.api.extension.InvocationInterceptor;

/**
 * A control for the overhead benchmark: only the invocation interceptor of the library's three,
 * with every method left at its default (proceed).
 */
public final class InterceptorOnlyExtension implements InvocationInterceptor {

  /** Created by JUnit's extension autodetection. */
  public InterceptorOnlyExtension() {}
}
