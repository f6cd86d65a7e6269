package io.github.parallelthreads.internal.hooks;

import io.github.parallelthreads.AfterEachThread;
import io.github.parallelthreads.BeforeEachThread;
import io.github.parallelthreads.internal.execution.ThreadHook;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * The hook methods one class declares and inherits, in the order they run, or why they cannot run.
 * Found once per class: every test of the class asks.
 *
 * <p>JUnit's own search finds them, so they follow the order of {@code @BeforeEach} (superclasses
 * first, then interfaces' default methods, then the class's own methods) and of {@code @AfterEach}
 * (the reverse), and a method overridden in a subclass counts once.
 *
 * @param setUps the {@code @BeforeEachThread} methods, in the order they run
 * @param tearDowns the {@code @AfterEachThread} methods, in the order they run
 * @param problem why a method cannot be a hook, or null
 */
record DeclaredHooks(List<HookMethod> setUps, List<HookMethod> tearDowns, String problem) {

  private static final DeclaredHooks NONE = new DeclaredHooks(List.of(), List.of(), null);

  private static final ClassValue<DeclaredHooks> OF_CLASS =
      new ClassValue<>() {
        @Override
        protected DeclaredHooks computeValue(Class<?> type) {
          return find(type);
        }
      };

  static DeclaredHooks of(Class<?> type) {
    return OF_CLASS.get(type);
  }

  boolean isEmpty() {
    return setUps.isEmpty() && tearDowns.isEmpty() && problem == null;
  }

  private static DeclaredHooks find(Class<?> type) {
    List<Method> setUps = annotated(type, BeforeEachThread.class, HierarchyTraversalMode.TOP_DOWN);
    List<Method> tearDowns =
        annotated(type, AfterEachThread.class, HierarchyTraversalMode.BOTTOM_UP);
    if (setUps.isEmpty() && tearDowns.isEmpty()) {
      return NONE;
    }
    try {
      return new DeclaredHooks(
          hooks(ThreadHook.Phase.SET_UP, setUps),
          hooks(ThreadHook.Phase.TEAR_DOWN, tearDowns),
          null);
    } catch (IllegalArgumentException badDeclaration) {
      return new DeclaredHooks(List.of(), List.of(), badDeclaration.getMessage());
    }
  }

  private static List<Method> annotated(
      Class<?> type, Class<? extends Annotation> annotation, HierarchyTraversalMode order) {
    return AnnotationSupport.findAnnotatedMethods(type, annotation, order);
  }

  private static List<HookMethod> hooks(ThreadHook.Phase phase, List<Method> methods) {
    List<HookMethod> hooks = new ArrayList<>(methods.size());
    methods.forEach(method -> hooks.add(HookMethod.of(phase, method)));
    return List.copyOf(hooks);
  }
}
