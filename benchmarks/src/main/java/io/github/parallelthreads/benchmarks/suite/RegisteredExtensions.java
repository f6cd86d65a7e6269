package io.github.parallelthreads.benchmarks.suite;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.engine.extension.ExtensionContextInternal;

/**
 * Records which extensions JUnit registered for the class it is put on, so that a benchmark set-up
 * can prove its control is active. A control cannot prove that itself: autodetection instantiates
 * every extension listed in META-INF/services and only then drops those its include pattern does
 * not match, and the marker control has no extension point JUnit would call.
 */
public final class RegisteredExtensions implements BeforeAllCallback {

  private static final Set<Class<?>> registered = ConcurrentHashMap.newKeySet();

  /** Created by JUnit from {@code @ExtendWith}. */
  public RegisteredExtensions() {}

  /** The classes of the extensions registered when this last ran; empty if it has not run. */
  public static Set<Class<?>> classes() {
    return Set.copyOf(registered);
  }

  /** Forgets what an earlier run saw. */
  public static void reset() {
    registered.clear();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    // JUnit's public API does not list registered extensions; its engine's own context type does
    if (!(context instanceof ExtensionContextInternal internal)) {
      throw new IllegalStateException(
          "cannot list registered extensions: unexpected context " + context.getClass());
    }
    internal
        .getExtensions(Extension.class)
        .forEach(extension -> registered.add(extension.getClass()));
  }
}
