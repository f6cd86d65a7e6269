package io.github.parallelthreads.internal.detection;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;

/**
 * Something a test declares that makes it thread-unsafe, such as an annotation or a parameter type,
 * before saying where it was found. It is worded either as a noun ({@code @Isolated}, then " on
 * method ...") or as a clause ({@code @StdIo (JUnit Pioneer) replaces standard input and output},
 * then ", on method ...").
 *
 * @param what the declaration itself
 * @param clause whether {@code what} is a clause, which a comma separates from the place
 * @param via the annotations it came through, the one nearest to the declaration first; empty when
 *     it was declared directly
 */
record Declaration(String what, boolean clause, String via) {

  static Declaration noun(String what) {
    return new Declaration(what, false, "");
  }

  static Declaration clause(String what) {
    return new Declaration(what, true, "");
  }

  /** The same declaration, reached through a meta-annotation of the given type. */
  Declaration via(Class<? extends Annotation> carrier) {
    String name = "@" + carrier.getSimpleName();
    return new Declaration(what, clause, via.isEmpty() ? name : via + " on " + name);
  }

  /**
   * The reason text: the declaration, then where it was found ("on class ...", "in method ...").
   */
  String at(String preposition, AnnotatedElement element) {
    StringBuilder reason = new StringBuilder(what);
    if (!via.isEmpty()) {
      reason.append(", via ").append(via);
    }
    reason.append(clause || !via.isEmpty() ? ", " : " ");
    return reason.append(preposition).append(' ').append(TestElements.describe(element)).toString();
  }
}
