package io.github.parallelthreads.internal.sharing;

import io.github.parallelthreads.internal.classfile.ClassFileIndex;
import io.github.parallelthreads.internal.classfile.DeclaredField;
import io.github.parallelthreads.internal.classfile.FieldAccess;
import io.github.parallelthreads.internal.classfile.MethodSummary;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Works out what the threads of one test share through the test itself, by reading the class files
 * of the test code: the fields that the code every thread runs (the test method, and the test code
 * it calls, two levels down) reads or writes, and that every thread reaches the same way:
 *
 * <ul>
 *   <li>fields of the test instance, which JUnit makes once for the test, {@code @TempDir} fields
 *       among them (one directory for all threads);
 *   <li>static fields of the test's classes and of the other classes of the test sources.
 * </ul>
 *
 * <p>Final fields whose value cannot change are left out ({@link UnchangingValues}). Fields of the
 * code under test and of the JDK are not named: what the threads share there is what the run is
 * meant to find.
 *
 * <p>Meant for failed tests only: class files are read with their line numbers and field accesses
 * into an index of their own, one per class loader, made on the first failure.
 */
public final class SharedThroughTest {

  private static final Map<ClassLoader, ClassFileIndex> INDEXES =
      Collections.synchronizedMap(new WeakHashMap<>());

  /**
   * What a test class's tests have in common, worked out on its first failed test: which code is
   * the test's, and where the fields are set (the {@code @BeforeEach} methods are the same for
   * every test of the class).
   */
  private record TestClass(TestCode code, FieldOrigins origins) {}

  /**
   * Per test class, per list of the classes of its test instance: a {@code @Nested} class that an
   * abstract test class declares runs inside the instance of each of its concrete subclasses.
   */
  private static final ClassValue<Map<List<Class<?>>, TestClass>> TEST_CLASSES =
      new ClassValue<>() {
        @Override
        protected Map<List<Class<?>>, TestClass> computeValue(Class<?> testClass) {
          return new ConcurrentHashMap<>();
        }
      };

  /** Creates the analysis; the parsed class files it reads are shared by all instances. */
  public SharedThroughTest() {}

  /**
   * What the threads of the test shared through it.
   *
   * @param testMethod the test method (for a dynamic test, its {@code @TestFactory})
   * @param classesOutermostFirst the classes of the test instance as JUnit built it, the test class
   *     last: for a {@code @Nested} class, the instances of the classes it is nested in count as
   *     the test's too, each of the class it was made of
   */
  public SharedState of(Method testMethod, List<Class<?>> classesOutermostFirst) {
    Class<?> testClass = classesOutermostFirst.get(classesOutermostFirst.size() - 1);
    TestClass known =
        TEST_CLASSES
            .get(testClass)
            .computeIfAbsent(
                List.copyOf(classesOutermostFirst),
                classes -> {
                  TestCode code = new TestCode(indexFor(testClass), classes);
                  return new TestClass(code, new FieldOrigins(code, classes));
                });
    TestCode code = known.code();
    List<MethodSummary> starts = new ArrayList<>();
    starts.add(summaryOf(testMethod, code.index()));
    Map<DeclaredField, Boolean> written = new LinkedHashMap<>();
    for (FieldAccess access : AccessWalk.of(starts, code)) {
      DeclaredField field = code.index().field(access.owner(), access.name());
      if (field != null && reachedThroughTheTest(field, code)) {
        written.merge(field, access.write(), Boolean::logicalOr);
      }
    }
    FieldOrigins origins = known.origins();
    List<SharedField> shared = new ArrayList<>();
    written.forEach(
        (field, byThreads) -> {
          FieldOrigins.Found found = origins.of(field);
          if (byThreads || !UnchangingValues.holds(field.field(), found.values())) {
            shared.add(new SharedField(field, byThreads, found.origins()));
          }
        });
    return new SharedState(shared);
  }

  private static boolean reachedThroughTheTest(DeclaredField field, TestCode code) {
    if (field.field().isSynthetic() || field.field().isEnumConstant()) {
      return false; // this$0, $assertionsDisabled, $VALUES; enum constants are the enum's own
    }
    return field.field().isStatic()
        ? code.contains(field.owner())
        : code.isTestInstance(field.owner());
  }

  /** The method as its class file describes it, or null if that cannot be read. */
  static MethodSummary summaryOf(Method method, ClassFileIndex index) {
    String descriptor =
        MethodType.methodType(method.getReturnType(), method.getParameterTypes())
            .toMethodDescriptorString();
    return index.declared(
        TestCode.internalName(method.getDeclaringClass()), method.getName(), descriptor);
  }

  /** Class files are read through the test class's own loader, which sees what the test sees. */
  private static ClassFileIndex indexFor(Class<?> testClass) {
    ClassLoader loader = testClass.getClassLoader();
    ClassLoader source = loader != null ? loader : ClassLoader.getSystemClassLoader();
    return INDEXES.computeIfAbsent(source, ClassFileIndex::withFieldAccesses);
  }
}
