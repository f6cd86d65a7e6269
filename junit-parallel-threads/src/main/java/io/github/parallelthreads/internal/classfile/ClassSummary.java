package io.github.parallelthreads.internal.classfile;

import java.util.List;
import java.util.Map;

/**
 * One class file, reduced to what the analyses need: where to look for inherited members, its
 * methods by name and descriptor, and (when the index reads field accesses) its fields by name.
 *
 * @param superName the internal name of the superclass, or null for {@code java/lang/Object}
 * @param interfaces the internal names of the directly implemented interfaces
 * @param methods the declared methods, keyed by {@link #key(String, String)}
 * @param fields the declared fields by name; empty when field accesses are not read
 */
record ClassSummary(
    String superName,
    List<String> interfaces,
    Map<String, MethodSummary> methods,
    Map<String, FieldSummary> fields) {

  ClassSummary {
    interfaces = List.copyOf(interfaces);
    methods = Map.copyOf(methods);
    fields = Map.copyOf(fields);
  }

  static String key(String name, String descriptor) {
    return name + descriptor;
  }

  /** The method declared here with that name and descriptor, or null. */
  MethodSummary declared(String name, String descriptor) {
    return methods.get(key(name, descriptor));
  }
}
