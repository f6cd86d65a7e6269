package io.github.parallelthreads;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * The extension honours JUnit's interceptor contract: it runs the body itself and skips JUnit's
 * invocation exactly once, so interceptors registered before it wrap the whole parallel run and
 * those registered after it are not called.
 */
class InterceptorChainTests {

  static final List<String> calls = new CopyOnWriteArrayList<>();

  @BeforeEach
  void reset() {
    calls.clear();
  }

  @Test
  void anOuterInterceptorWrapsTheWholeRunAndAnInnerOneIsBypassed() {
    JupiterRun.of(ChainTestCase.class, "junit.parallel.threads", "3").assertCounts(1, 0);

    assertThat(calls)
        .startsWith("outer before")
        .endsWith("outer after")
        .doesNotContain("inner")
        .filteredOn("body"::equals)
        .hasSize(3);
  }

  @Test
  void onOneThreadTheWholeChainRunsAsUsual() {
    JupiterRun.of(ChainTestCase.class).assertCounts(1, 0);

    assertThat(calls).containsExactly("outer before", "inner", "body", "outer after");
  }

  static class Outer implements InvocationInterceptor {
    @Override
    public void interceptTestMethod(
        Invocation<Void> invocation,
        ReflectiveInvocationContext<Method> invocationContext,
        ExtensionContext extensionContext)
        throws Throwable {
      calls.add("outer before");
      invocation.proceed();
      calls.add("outer after");
    }
  }

  static class Inner implements InvocationInterceptor {
    @Override
    public void interceptTestMethod(
        Invocation<Void> invocation,
        ReflectiveInvocationContext<Method> invocationContext,
        ExtensionContext extensionContext)
        throws Throwable {
      calls.add("inner");
      invocation.proceed();
    }
  }

  @ExtendWith(Outer.class)
  @ExtendWith(ParallelThreadsExtension.class)
  @ExtendWith(Inner.class)
  static class ChainTestCase {
    @Test
    void body() {
      calls.add("body");
    }
  }
}
