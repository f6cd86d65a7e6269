package io.github.parallelthreads.internal.sharing;

import io.github.parallelthreads.BeforeEachThread;
import io.github.parallelthreads.internal.classfile.CallSite;
import io.github.parallelthreads.internal.classfile.DeclaredField;
import io.github.parallelthreads.internal.classfile.FieldAccess;
import io.github.parallelthreads.internal.classfile.MethodSummary;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Where the fields a test shares are set before its threads start: field initializers and
 * constructors, static initializers, and the {@code @BeforeAll}, {@code @BeforeEach} and
 * {@code @BeforeEachThread} methods of the test's classes (with the test code they call, two levels
 * down), in the order they run.
 */
final class FieldOrigins {

  static final String TEMP_DIR = "Lorg/junit/jupiter/api/io/TempDir;";

  /** A field's origins and the values they store, gathered from one test's code. */
  record Found(List<Origin> origins, List<CallSite> values) {}

  private final TestCode code;
  private final Map<DeclaredField, List<Origin>> lifecycle = new HashMap<>();
  private final Map<DeclaredField, List<CallSite>> lifecycleValues = new HashMap<>();

  FieldOrigins(TestCode code, List<Class<?>> classesOutermostFirst) {
    this.code = code;
    for (Class<?> type : classesOutermostFirst) {
      readLifecycle(type, BeforeAll.class, Origin.Kind.BEFORE_ALL);
    }
    for (Class<?> type : classesOutermostFirst) {
      readLifecycle(type, BeforeEach.class, Origin.Kind.BEFORE_EACH);
    }
    for (Class<?> type : classesOutermostFirst) {
      readLifecycle(type, BeforeEachThread.class, Origin.Kind.BEFORE_EACH_THREAD);
    }
  }

  /**
   * The class's methods that carry the annotation, directly or through a composed annotation,
   * superclasses' first, an overridden method only where it is overridden. Not JUnit's own lookup,
   * which searches every annotation of every method for meta-annotations and checks every pair of
   * methods: it cost tens of milliseconds on a class of a hundred tests, on a loaded machine, and
   * naming where a field was set needs neither.
   */
  private static List<Method> annotatedMethods(
      Class<?> type, Class<? extends Annotation> annotation) {
    List<Class<?>> topDown = new ArrayList<>();
    for (Class<?> current = type; current != null && current != Object.class; ) {
      topDown.add(0, current);
      current = current.getSuperclass();
    }
    Map<String, Method> bySignature = new LinkedHashMap<>();
    for (Class<?> current : topDown) {
      for (Method method : current.getDeclaredMethods()) {
        if (!method.isSynthetic()) {
          String signature = method.getName() + Arrays.toString(method.getParameterTypes());
          if (Modifier.isPrivate(method.getModifiers())
              || Modifier.isStatic(method.getModifiers())) {
            signature = current.getName() + "#" + signature; // hidden, not overridden
          }
          bySignature.remove(signature);
          bySignature.put(signature, method);
        }
      }
    }
    List<Method> annotated = new ArrayList<>();
    bySignature.values().stream()
        .filter(method -> carries(method, annotation))
        .forEach(annotated::add);
    return annotated;
  }

  /** Annotated directly, or with an annotation that is (a composed annotation, one level). */
  private static boolean carries(Method method, Class<? extends Annotation> annotation) {
    if (method.isAnnotationPresent(annotation)) {
      return true;
    }
    for (Annotation present : method.getDeclaredAnnotations()) {
      if (present.annotationType().isAnnotationPresent(annotation)) {
        return true;
      }
    }
    return false;
  }

  /** Where the field is set, in the order that code runs, and the values stored there. */
  Found of(DeclaredField field) {
    Map<Origin.Kind, Origin> own = new LinkedHashMap<>();
    List<CallSite> values = new ArrayList<>();
    String owner = field.owner();
    String setup = field.field().isStatic() ? "<clinit>" : "<init>";
    for (MethodSummary method : code.index().declaredNamed(owner, setup)) {
      for (FieldAccess access : method.fieldAccesses()) {
        if (access.write() && field.equals(code.index().field(access.owner(), access.name()))) {
          Origin.Kind kind =
              field.field().isStatic()
                  ? Origin.Kind.STATIC_INITIALIZER
                  : access.inFieldInitializer() ? Origin.Kind.INITIALIZER : Origin.Kind.CONSTRUCTOR;
          own.putIfAbsent(kind, new Origin(where(kind), kind, List.of()));
          values.add(access.valueFrom());
        }
      }
    }
    List<Origin> origins = new ArrayList<>();
    for (Origin.Kind kind : Origin.Kind.values()) {
      if (own.containsKey(kind)) {
        origins.add(own.get(kind));
      }
      if (kind == Origin.Kind.BEFORE_ALL
          || kind == Origin.Kind.BEFORE_EACH
          || kind == Origin.Kind.BEFORE_EACH_THREAD) {
        lifecycle.getOrDefault(field, List.of()).stream()
            .filter(origin -> origin.kind() == kind)
            .forEach(origins::add);
      }
    }
    values.addAll(lifecycleValues.getOrDefault(field, List.of()));
    return new Found(origins, values);
  }

  private static String where(Origin.Kind kind) {
    return switch (kind) {
      case STATIC_INITIALIZER -> "in the static initializer";
      case INITIALIZER -> "by its initializer";
      case CONSTRUCTOR -> "in the constructor";
      default -> throw new IllegalArgumentException(kind.name());
    };
  }

  private void readLifecycle(
      Class<?> type, Class<? extends Annotation> annotation, Origin.Kind kind) {
    for (Method method : annotatedMethods(type, annotation)) {
      MethodSummary summary = SharedThroughTest.summaryOf(method, code.index());
      if (summary == null) {
        continue;
      }
      List<FieldAccess> accesses = AccessWalk.of(List.of(summary), code);
      List<DeclaredField> tempDirs = new ArrayList<>();
      for (FieldAccess access : accesses) {
        DeclaredField read =
            access.write() ? null : code.index().field(access.owner(), access.name());
        if (read != null && read.field().isAnnotated(TEMP_DIR) && !tempDirs.contains(read)) {
          tempDirs.add(read);
        }
      }
      String byWhom = kind == Origin.Kind.BEFORE_EACH_THREAD ? " by every thread" : "";
      Origin origin =
          new Origin(
              "in @" + annotation.getSimpleName() + " " + method.getName() + "()" + byWhom,
              kind,
              tempDirs);
      for (FieldAccess access : accesses) {
        DeclaredField written =
            access.write() ? code.index().field(access.owner(), access.name()) : null;
        if (written != null) {
          List<Origin> origins = lifecycle.computeIfAbsent(written, key -> new ArrayList<>());
          if (!origins.contains(origin)) {
            origins.add(origin);
          }
          lifecycleValues
              .computeIfAbsent(written, key -> new ArrayList<>())
              .add(access.valueFrom());
        }
      }
    }
  }
}
