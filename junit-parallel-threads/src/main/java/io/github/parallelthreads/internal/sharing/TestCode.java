package io.github.parallelthreads.internal.sharing;

import io.github.parallelthreads.internal.classfile.ClassFileIndex;
import io.github.parallelthreads.internal.classfile.LibraryCode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The code of one test, as opposed to the code it tests: the classes of the test instance (the test
 * class, the classes it is nested in, and their superclasses wherever they come from), and the
 * other classes of the test sources, which the class loader reads from the same class-path entry as
 * the test class (a directory such as {@code target/test-classes}, or a tests jar).
 */
final class TestCode {

  private final ClassFileIndex index;
  private final Set<String> instanceClasses = new HashSet<>();
  private final String testEntry;

  TestCode(ClassFileIndex index, List<Class<?>> classesOutermostFirst) {
    this.index = index;
    for (Class<?> around : classesOutermostFirst) {
      for (Class<?> type = around; type != null && type != Object.class; ) {
        instanceClasses.add(internalName(type));
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
    return instanceClasses.contains(internalName);
  }

  /**
   * Whether the class is the test's own code, whose method bodies are read. A test framework or the
   * JDK never is, even where one jar holds everything (an uber-jar of tests).
   */
  boolean contains(String internalName) {
    if (instanceClasses.contains(internalName)) {
      return true;
    }
    if (testEntry == null || LibraryCode.contains(internalName)) {
      return false;
    }
    return testEntry.equals(index.classPathEntry(internalName));
  }

  static String internalName(Class<?> type) {
    return type.getName().replace('.', '/');
  }
}
