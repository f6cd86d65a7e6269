package io.github.parallelthreads.internal.detection;

import io.github.parallelthreads.ThreadUnsafe;
import io.github.parallelthreads.internal.classfile.UnreadableClass;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Decides whether a test must run on one thread, and says why: {@code @ThreadUnsafe} on the test or
 * its classes, then the test listed in {@code junit.parallel.thread-unsafe-methods}, then what the
 * test declares, then what its code calls. The first reason found is the one reported: the marks a
 * user made before the evidence the extension finds.
 */
public final class ThreadUnsafeVerdicts {

  private final ListedTestRule listed = new ListedTestRule();
  private final DeclaredGlobalStateRule declared = new DeclaredGlobalStateRule();
  private final CalledGlobalStateRule called = new CalledGlobalStateRule();

  /** Creates the verdicts of one extension instance. */
  public ThreadUnsafeVerdicts() {}

  /**
   * Why the test must run on one thread, or empty.
   *
   * @param elements the test method and its classes
   * @param threadUnsafeMethods the patterns of {@code junit.parallel.thread-unsafe-methods}
   * @return the first reason found
   */
  public Optional<String> reasonFor(
      TestElements elements, List<MethodPattern> threadUnsafeMethods) {
    return annotated(elements)
        .or(() -> listed.reasonFor(elements, threadUnsafeMethods))
        .or(() -> declared.reasonFor(elements))
        .or(() -> called.reasonFor(elements, threadUnsafeMethods));
  }

  /**
   * The classes whose class files the verdicts worked out on this thread could not read, since it
   * last asked; each class is returned once in a class loader's life, which is normally one run.
   *
   * @return the unreadable classes, in the order they were met; usually none
   */
  public List<UnreadableClass> unreadableClasses() {
    return CalledGlobalStateRule.unreadableClasses();
  }

  private static Optional<String> annotated(TestElements elements) {
    // the nearest declaration explains the verdict best
    List<AnnotatedElement> innermostFirst = new ArrayList<>();
    if (elements.method() != null) {
      innermostFirst.add(elements.method());
    }
    for (int i = elements.classesOutermostFirst().size() - 1; i >= 0; i--) {
      innermostFirst.add(elements.classesOutermostFirst().get(i));
    }
    for (AnnotatedElement element : innermostFirst) {
      Optional<ThreadUnsafe> mark = AnnotationSupport.findAnnotation(element, ThreadUnsafe.class);
      if (mark.isPresent()) {
        String reason = mark.get().reason();
        return Optional.of(
            ThreadUnsafeDeclaration.on(element).at("on", element)
                + (reason.isBlank() ? "" : ": " + reason));
      }
    }
    return Optional.empty();
  }
}
