package io.github.parallelthreads.internal;

import io.github.parallelthreads.ThreadUnsafe;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;

/** Decides whether a test must run on one thread, and says why. */
final class ThreadUnsafeVerdicts {

  Optional<String> reasonFor(TestElements elements) {
    List<AnnotatedElement> levels = elements.outermostFirst();
    // the nearest declaration explains the verdict best
    for (int i = levels.size() - 1; i >= 0; i--) {
      AnnotatedElement level = levels.get(i);
      Optional<ThreadUnsafe> declared = AnnotationSupport.findAnnotation(level, ThreadUnsafe.class);
      if (declared.isPresent()) {
        String reason = declared.get().reason();
        return Optional.of(
            "@ThreadUnsafe on "
                + TestElements.describe(level)
                + (reason.isBlank() ? "" : ": " + reason));
      }
    }
    return Optional.empty();
  }
}
