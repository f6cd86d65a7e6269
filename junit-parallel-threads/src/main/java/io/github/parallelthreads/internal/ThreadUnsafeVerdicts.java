package io.github.parallelthreads.internal;

import java.util.List;
import java.util.Optional;

/**
 * Decides whether a test must run on one thread, and says why: {@code @ThreadUnsafe} on the test or
 * its classes, then what the test declares, then what its code calls. The first reason found is the
 * one reported.
 */
final class ThreadUnsafeVerdicts {

  private final DeclaredGlobalStateRule declared = new DeclaredGlobalStateRule();
  private final CalledGlobalStateRule called = new CalledGlobalStateRule();

  Optional<String> reasonFor(
      TestElements elements,
      List<LevelAnnotations> levelsOutermostFirst,
      RunConfiguration configuration) {
    return annotated(levelsOutermostFirst)
        .or(() -> declared.reasonFor(elements))
        .or(() -> called.reasonFor(elements, configuration));
  }

  private static Optional<String> annotated(List<LevelAnnotations> levelsOutermostFirst) {
    // the nearest declaration explains the verdict best
    for (int i = levelsOutermostFirst.size() - 1; i >= 0; i--) {
      LevelAnnotations level = levelsOutermostFirst.get(i);
      if (level.threadUnsafe() != null) {
        String reason = level.threadUnsafe().reason();
        return Optional.of(
            ThreadUnsafeDeclaration.on(level.element()).at("on", level.element())
                + (reason.isBlank() ? "" : ": " + reason));
      }
    }
    return Optional.empty();
  }
}
