package io.github.parallelthreads.internal.sharing;

import io.github.parallelthreads.internal.classfile.CallSite;
import io.github.parallelthreads.internal.classfile.DeclaredField;
import io.github.parallelthreads.internal.classfile.FieldAccess;
import io.github.parallelthreads.internal.classfile.MethodSummary;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * Where the fields a test shares are set before its threads start: field initializers and
 * constructors, static initializers, and the {@code @BeforeAll} and {@code @BeforeEach} methods of
 * the test's classes (with the test code they call, two levels down), in the order JUnit runs them.
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
      if (kind == Origin.Kind.BEFORE_ALL || kind == Origin.Kind.BEFORE_EACH) {
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
    for (Method method :
        AnnotationSupport.findAnnotatedMethods(type, annotation, HierarchyTraversalMode.TOP_DOWN)) {
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
      Origin origin =
          new Origin(
              "in @" + annotation.getSimpleName() + " " + method.getName() + "()", kind, tempDirs);
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
