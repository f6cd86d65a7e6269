package io.github.parallelthreads.internal.classfile;

import java.util.List;
import java.util.Map;

/**
 * One class file, reduced to what the "called" verdict needs: where to look for inherited methods,
 * and its methods by name and descriptor.
 *
 * @param superName the internal name of the superclass, or null for {@code java/lang/Object}
 * @param interfaces the internal names of the directly implemented interfaces
 * @param methods the declared methods, keyed by {@link #key(String, String)}
 */
record ClassSummary(String superName, List<String> interfaces, Map<String, MethodSummary> methods) {

  ClassSummary {
    interfaces = List.copyOf(interfaces);
    methods = Map.copyOf(methods);
  }

  static String key(String name, String descriptor) {
    return name + descriptor;
  }

  /** The method declared here with that name and descriptor, or null. */
  MethodSummary declared(String name, String descriptor) {
    return methods.get(key(name, descriptor));
  }
}
