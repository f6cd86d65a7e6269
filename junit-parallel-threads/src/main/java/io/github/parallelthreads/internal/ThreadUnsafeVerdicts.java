package io.github.parallelthreads.internal;

import java.util.List;
import java.util.Optional;

/** Decides whether a test must run on one thread, and says why. */
final class ThreadUnsafeVerdicts {

  Optional<String> reasonFor(List<LevelAnnotations> levelsOutermostFirst) {
    // the nearest declaration explains the verdict best
    for (int i = levelsOutermostFirst.size() - 1; i >= 0; i--) {
      LevelAnnotations level = levelsOutermostFirst.get(i);
      if (level.threadUnsafe() != null) {
        String reason = level.threadUnsafe().reason();
        return Optional.of(
            "@ThreadUnsafe on "
                + TestElements.describe(level.element())
                + (reason.isBlank() ? "" : ": " + reason));
      }
    }
    return Optional.empty();
  }
}
