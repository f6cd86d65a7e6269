package io.github.parallelthreads.internal.sharing;

import io.github.parallelthreads.internal.classfile.CallSite;
import io.github.parallelthreads.internal.classfile.ClassFileIndex;
import io.github.parallelthreads.internal.classfile.LibraryCode;
import io.github.parallelthreads.internal.classfile.MethodSummary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The code of one test, as opposed to the code it tests: the classes of the test instance (the test
 * class, the classes it is nested in, and their superclasses wherever they come from), and the
 * other classes of the test sources, which the class loader reads from the same class-path entry as
 * the test class (a directory such as {@code target/test-classes}, or a tests jar).
 */
final class TestCode {

  /** A bridge forwards to one method, which may be a bridge again (one per overriding level). */
  private static final int MAX_BRIDGES = 4;

  private final ClassFileIndex index;

  /**
   * Every class of the test instance, mapped to the class of the object it is part of: a template
   * method declared by an abstract test class runs as that object's class overrides it.
   */
  private final Map<String, String> instanceClasses = new HashMap<>();

  private final String testEntry;

  /**
   * @param classesOutermostFirst the classes of the objects that make up the test instance, as
   *     JUnit built them: for a {@code @Nested} test, the class of each enclosing instance, which
   *     may be a subclass of the class that declares the nested class
   */
  TestCode(ClassFileIndex index, List<Class<?>> classesOutermostFirst) {
    this.index = index;
    // innermost first: a superclass that the nested test class and an enclosing one share is
    // taken for the nested one's, the object the test method runs on
    for (Class<?> around : reversed(classesOutermostFirst)) {
      for (Class<?> type = around; type != null && type != Object.class; ) {
        instanceClasses.putIfAbsent(internalName(type), internalName(around));
        type = type.getSuperclass();
      }
    }
    Class<?> testClass = classesOutermostFirst.get(classesOutermostFirst.size() - 1);
    this.testEntry = index.classPathEntry(internalName(testClass));
  }

  ClassFileIndex index() {
    return index;
  }

  /** Whether objects of the class make up the test instance that every thread runs the body on. */
  boolean isTestInstance(String internalName) {
    return instanceClasses.containsKey(internalName);
  }

  /**
   * The method of the test code that a call runs. A call that names a class of the test instance is
   * taken for a call on the test instance (the body calling {@code makeObject()}, or an enclosing
   * instance's {@code reset()}), and looked up from the class of that object, as the JVM dispatches
   * it: an abstract test class's template method then reads as the concrete test class implements
   * it. Null if the method is not test code.
   */
  MethodSummary resolve(CallSite call) {
    MethodSummary method = dispatch(call);
    // a bridge counts as no level: the test reads as written, not as javac forwards the call
    for (int hops = 0; method != null && method.isBridge() && hops < MAX_BRIDGES; hops++) {
      MethodSummary bridge = method;
      method =
          bridge.calls().stream()
              .filter(forwarded -> forwarded.name().equals(bridge.name()))
              .findFirst()
              .map(this::dispatch)
              .orElse(bridge);
    }
    return method;
  }

  private MethodSummary dispatch(CallSite call) {
    String runtimeClass = instanceClasses.get(call.owner());
    if (runtimeClass != null && !runtimeClass.equals(call.owner())) {
      MethodSummary dispatched =
          index.resolve(new CallSite(runtimeClass, call.name(), call.descriptor()), this::contains);
      if (dispatched != null) {
        return dispatched;
      }
    }
    return index.resolve(call, this::contains);
  }

  /**
   * Whether the class is the test's own code, whose method bodies are read. A test framework or the
   * JDK never is, even where one jar holds everything (an uber-jar of tests).
   */
  boolean contains(String internalName) {
    if (instanceClasses.containsKey(internalName)) {
      return true;
    }
    if (testEntry == null || LibraryCode.contains(internalName)) {
      return false;
    }
    return testEntry.equals(index.classPathEntry(internalName));
  }

  private static List<Class<?>> reversed(List<Class<?>> classes) {
    List<Class<?>> reversed = new ArrayList<>(classes);
    Collections.reverse(reversed);
    return reversed;
  }

  static String internalName(Class<?> type) {
    return type.getName().replace('.', '/');
  }
}
